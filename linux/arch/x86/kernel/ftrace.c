// SPDX-License-Identifier: GPL-2.0
/*
 * x86 side of the function-hook core: reading and rewriting one fentry
 * call site. The contract is kernel/trace/ftrace_arch.h.
 */
#include <linux/ftrace.h>
#include <linux/string.h>
#include <linux/uaccess.h>
#include <asm/nops.h>
#include <asm/text-patching.h>
#include "../../../kernel/trace/ftrace_arch.h"

/* The 5 bytes of "call target" placed at @ip. */
static void ftrace_arch_call_insn(u8 insn[MCOUNT_INSN_SIZE], unsigned long ip,
				  unsigned long target)
{
	s32 rel = (s32)(target - (ip + MCOUNT_INSN_SIZE));

	insn[0] = 0xe8;
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
