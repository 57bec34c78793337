// SPDX-License-Identifier: GPL-2.0
/*
 * x86 side of the function-hook core: reading and rewriting fentry call
 * sites, and pointing the trampolines' hook (ftrace_64.S) at a callback.
 * The contract is kernel/trace/ftrace_arch.h.
 *
 * Live changes go through the breakpoint protocol of text_poke_queue()/
 * text_poke_bp() (arch/x86/kernel/alternative.c): an int3 is written over
 * the first byte, every CPU is synchronised, the other four bytes are
 * written, CPUs are synchronised again, and the first byte is written
 * last. A CPU that executes the site meanwhile traps, and the int3
 * handler emulates the new instruction (a NOP as a jump over the site, a
 * call as a call). So a site or a hook is seen either whole-old or
 * whole-new, never torn.
 */
#include <linux/ftrace.h>
#include <linux/memory.h>
#include <linux/string.h>
#include <linux/uaccess.h>
#include <asm/current.h>
#include <asm/nops.h>
#include <asm/text-patching.h>
#include "../../../kernel/trace/ftrace_arch.h"

static_assert(offsetof(struct pcpu_hot, cpu_number) == FTRACE_PCPU_CPU_NUMBER);

/* The call instruction inside each trampoline (ftrace_64.S). */
extern u8 ftrace_caller_hook[], ftrace_regs_caller_hook[];

/* Third argument of the hook; read by the trampolines. */
struct ftrace_ops *ftrace_hook_op;

/* The 5 bytes of "call target" placed at @ip. */
static void ftrace_arch_call_insn(u8 insn[MCOUNT_INSN_SIZE], unsigned long ip,
				  unsigned long target)
{
	s32 rel = (s32)(target - (ip + MCOUNT_INSN_SIZE));

	insn[0] = CALL_INSN_OPCODE;
	memcpy(&insn[1], &rel, sizeof(rel));
}

int __init_or_module ftrace_arch_site_init(unsigned long ip)
{
	u8 want[MCOUNT_INSN_SIZE], have[MCOUNT_INSN_SIZE];

	ftrace_arch_call_insn(want, ip, MCOUNT_ADDR);
	if (copy_from_kernel_nofault(have, (void *)ip, MCOUNT_INSN_SIZE))
		return -EFAULT;
	if (memcmp(have, want, MCOUNT_INSN_SIZE))
		return -EINVAL;
	text_poke_early((void *)ip, x86_nops[MCOUNT_INSN_SIZE], MCOUNT_INSN_SIZE);
	return 0;
}

/* The instruction a site holds in state @t. */
static void site_insn(u8 insn[MCOUNT_INSN_SIZE], unsigned long ip,
		      enum ftrace_arch_target t)
{
	switch (t) {
	case FTRACE_ARCH_CALLER:
		ftrace_arch_call_insn(insn, ip, (unsigned long)ftrace_caller);
		break;
	case FTRACE_ARCH_REGS:
		ftrace_arch_call_insn(insn, ip, (unsigned long)ftrace_regs_caller);
		break;
	default:
		memcpy(insn, x86_nops[MCOUNT_INSN_SIZE], MCOUNT_INSN_SIZE);
		break;
	}
}

void ftrace_arch_patch_begin(void)
{
	mutex_lock(&text_mutex);
}

void ftrace_arch_patch_flush(void)
{
	lockdep_assert_held(&text_mutex);
	text_poke_finish();
}

void ftrace_arch_patch_end(void)
{
	text_poke_finish();
	mutex_unlock(&text_mutex);
}

int ftrace_arch_patch_site(unsigned long ip, enum ftrace_arch_target old,
			   enum ftrace_arch_target new)
{
	u8 have[MCOUNT_INSN_SIZE], want[MCOUNT_INSN_SIZE];

	lockdep_assert_held(&text_mutex);
	site_insn(want, ip, old);
	if (copy_from_kernel_nofault(have, (void *)ip, MCOUNT_INSN_SIZE) ||
	    memcmp(have, want, MCOUNT_INSN_SIZE))
		return -EINVAL;
	site_insn(want, ip, new);
	/* Queued in address order; text_poke_queue() batches and copies. */
	text_poke_queue((void *)ip, want, MCOUNT_INSN_SIZE, NULL);
	return 0;
}

void ftrace_arch_set_hook_op(struct ftrace_ops *op)
{
	WRITE_ONCE(ftrace_hook_op, op);
}

/* Point the call at @hook to @fn, if it does not already call it. */
static void set_one_hook(u8 *hook, ftrace_func_t fn)
{
	u8 insn[MCOUNT_INSN_SIZE];

	ftrace_arch_call_insn(insn, (unsigned long)hook, (unsigned long)fn);
	if (!memcmp(hook, insn, MCOUNT_INSN_SIZE))
		return;
	/* The hook is always a call; never anything else. */
	if (WARN_ON_ONCE(hook[0] != CALL_INSN_OPCODE))
		return;
	text_poke_bp(hook, insn, MCOUNT_INSN_SIZE, NULL);
}

void ftrace_arch_set_hooks(ftrace_func_t plain, ftrace_func_t regs)
{
	lockdep_assert_held(&text_mutex);
	/* Site changes queued so far land first. */
	text_poke_finish();
	set_one_hook(ftrace_caller_hook, plain);
	set_one_hook(ftrace_regs_caller_hook, regs);
}
