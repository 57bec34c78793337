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
#include <linux/execmem.h>
#include <linux/ftrace.h>
#include <linux/memory.h>
#include <linux/set_memory.h>
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

/*
 * Layout of a shared trampoline, as offsets from its first byte
 * (ftrace_tramp_layouts in ftrace_64.S): [0] ftrace_caller, [1]
 * ftrace_regs_caller.
 */
struct ftrace_tramp_layout {
	u32	size;		/* up to and including the final RET */
	u32	op_load;	/* movq ftrace_hook_op(%rip), %rdx */
	u32	hook;		/* the hook call */
};
extern const struct ftrace_tramp_layout ftrace_tramp_layouts[2];

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

unsigned long ftrace_arch_shared_tramp(bool regs)
{
	return regs ? (unsigned long)ftrace_regs_caller :
		      (unsigned long)ftrace_caller;
}

static bool is_endbr_at(unsigned long addr)
{
	u32 v;

	return ENDBR_INSN_SIZE &&
	       !copy_from_kernel_nofault(&v, (void *)addr, sizeof(v)) &&
	       is_endbr(v);
}

unsigned long ftrace_arch_shared_tramp_size(bool regs)
{
	return ftrace_tramp_layouts[regs].size;
}

/*
 * A site calls a trampoline (shared or dedicated) past its landing pad:
 * the call is direct, and the ENDBR would be one more instruction on
 * every traced call. The core only ever sees trampoline start addresses.
 */
static unsigned long tramp_skip(unsigned long tramp)
{
	u32 first;

	if (copy_from_kernel_nofault(&first, (void *)tramp, sizeof(first)))
		return 0;
	return is_endbr(first) ? ENDBR_INSN_SIZE : 0;
}

/* The instruction a site holds when it calls @target (0: the NOP). */
static void site_insn(u8 insn[MCOUNT_INSN_SIZE], unsigned long ip,
		      unsigned long target)
{
	if (target)
		ftrace_arch_call_insn(insn, ip, target + tramp_skip(target));
	else
		memcpy(insn, x86_nops[MCOUNT_INSN_SIZE], MCOUNT_INSN_SIZE);
}

/* Where the call at @ip goes, or 0 if it holds no call. */
static unsigned long call_target(unsigned long ip)
{
	u8 insn[MCOUNT_INSN_SIZE];
	s32 rel;

	if (copy_from_kernel_nofault(insn, (void *)ip, MCOUNT_INSN_SIZE) ||
	    insn[0] != CALL_INSN_OPCODE)
		return 0;
	memcpy(&rel, &insn[1], sizeof(rel));
	return ip + MCOUNT_INSN_SIZE + rel;
}

unsigned long ftrace_arch_site_target(unsigned long ip)
{
	unsigned long t = call_target(ip);

	/* Back from the entry past the landing pad to the start. */
	if (t && is_endbr_at(t - ENDBR_INSN_SIZE))
		t -= ENDBR_INSN_SIZE;
	return t;
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

int ftrace_arch_patch_site(unsigned long ip, unsigned long old,
			   unsigned long new)
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

/*
 * Dedicated trampolines
 * ---------------------
 * ftrace_arch_tramp_create() copies ftrace_caller (or ftrace_regs_caller)
 * into executable memory from execmem (EXECMEM_FTRACE, within rel32 reach
 * of kernel text), relocates the copy, points its ops load at an 8-byte
 * slot after the code that holds the ops, and points its hook at @entry.
 * The copy is written while the memory is still writable and not yet
 * executable, then made read-only and executable; nothing calls it until
 * the core patches a site to. Later changes of the hook go through
 * text_poke_bp() like the shared hooks. The core frees a copy only after
 * no site calls it and an RCU-tasks grace period (ftrace_patch.c).
 */
static unsigned long tramp_slot_offset(const struct ftrace_tramp_layout *l)
{
	return ALIGN(l->size, sizeof(void *));
}

unsigned long ftrace_arch_tramp_create(bool regs, struct ftrace_ops *op,
				       ftrace_func_t entry,
				       unsigned long *size)
{
	const struct ftrace_tramp_layout *l = &ftrace_tramp_layouts[regs];
	u8 *src = (u8 *)ftrace_arch_shared_tramp(regs);
	unsigned long slot = tramp_slot_offset(l);
	unsigned long total = slot + sizeof(op);
	u8 *t, *load;
	s32 disp;

	/* The ops load must be "movq disp32(%rip), %rdx". */
	load = src + l->op_load;
	if (WARN_ON_ONCE(load[0] != 0x48 || load[1] != 0x8b || load[2] != 0x15))
		return 0;
	t = execmem_alloc(EXECMEM_FTRACE, total);
	if (!t)
		return 0;
	memcpy(t, src, l->size);
	/* Keep the copy's rip-relative operands and outside calls aimed. */
	text_poke_apply_relocation(t, t, l->size, src, l->size);
	disp = (s32)(slot - (l->op_load + 7));
	memcpy(t + l->op_load + 3, &disp, sizeof(disp));
	memcpy(t + slot, &op, sizeof(op));
	ftrace_arch_call_insn(t + l->hook, (unsigned long)t + l->hook,
			      (unsigned long)entry);
	if (set_memory_rox((unsigned long)t, DIV_ROUND_UP(total, PAGE_SIZE))) {
		execmem_free(t);
		return 0;
	}
	*size = total;
	return (unsigned long)t;
}

void ftrace_arch_tramp_set_entry(unsigned long tramp, bool regs,
				 ftrace_func_t entry)
{
	lockdep_assert_held(&text_mutex);
	text_poke_finish();
	set_one_hook((u8 *)tramp + ftrace_tramp_layouts[regs].hook, entry);
}

ftrace_func_t ftrace_arch_tramp_entry(unsigned long tramp, bool regs)
{
	return (ftrace_func_t)call_target(tramp + ftrace_tramp_layouts[regs].hook);
}

void ftrace_arch_tramp_free(unsigned long tramp)
{
	execmem_free((void *)tramp);
}
