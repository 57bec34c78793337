/* SPDX-License-Identifier: GPL-2.0 */
/*
 * x86-64 fentry entry points and the shared trampolines.
 *
 * __fentry__ is what every traceable function calls before the boot-time
 * patching turns the call into a NOP (kernel/trace/ftrace_sites.c). It
 * returns at once.
 *
 * ftrace_stub is the do-nothing callback; the linker script also names it
 * ftrace_stub_graph. It may be called indirectly, so it has an ENDBR.
 *
 * Theory of operation of the trampolines
 * --------------------------------------
 * A traced function's site holds "call ftrace_caller" or, when some ops
 * selecting it wants full registers, "call ftrace_regs_caller" (or a
 * dedicated copy of either, below). The call enters past the ENDBR, which
 * a direct call does not need. On entry
 *
 *	 0(%rsp)	return address into the traced function (site + 5)
 *	 8(%rsp)	the traced function's own return address (parent)
 *	%rdi..%r9	its arguments, %rax the vararg count
 *
 * Both trampolines skip everything on a CPU that is not online (the
 * core's promise to callbacks, and what lets callbacks assume RCU is
 * watching). Then they build a struct pt_regs (== struct ftrace_regs)
 * below the return address:
 *
 *	ftrace_caller	  the argument registers, %rax, %rbp, ip, sp;
 *			  cs = 0, which tells ftrace_get_regs() "no regs"
 *	ftrace_regs_caller every general register, flags, cs, ss
 *
 * with ip = the return address (where the traced function continues) and
 * sp = the traced function's stack pointer at its first instruction. They
 * call the hook as hook(site, parent, ftrace_hook_op, fregs) and restore
 * the registers with whatever values the callbacks left in the frame:
 * ftrace_caller the arguments and %rax, ftrace_regs_caller every general
 * register. ftrace_regs_caller then stores regs->ip over the return
 * address and returns: a callback that changes regs->ip (kprobes, an
 * IPMODIFY ops, which the core only calls from here) makes the traced
 * function continue at the new address, with its parent's return address
 * on top of the stack as if that function had been called instead; one
 * that does not change it just returns to the traced function. Changes to
 * regs->sp are not honoured.
 *
 * The hook is one "call" instruction in each trampoline (the labels
 * ftrace_caller_hook and ftrace_regs_caller_hook), rewritten by the core
 * with text_poke_bp() (arch/x86/kernel/ftrace.c): it calls the list
 * walker arch_ftrace_ops_list_func when several ops are active, or the
 * single active ops' callback (or the core's guard around it) directly,
 * with ftrace_hook_op as its ops argument. A task may be preempted
 * between loading ftrace_hook_op and the call, so the core changes the
 * pair only through the list walker, which ignores the ops argument, and
 * waits for such tasks before pointing the hook at another single ops
 * (kernel/trace/ftrace_patch.c).
 *
 * Dedicated copies: a site that only one ops selects calls a private
 * copy of the matching trampoline (its bytes up to the final RET,
 * relocated; ftrace_tramp_layouts below says where things are), in which the ops load reads a slot holding that
 * ops and the hook calls that ops' entry. So the copies must only use
 * code that survives text_poke_apply_relocation(): rip-relative operands
 * and calls/jumps out of the block are fixed up, jumps inside it are
 * position independent.
 *
 * Stack: the kernel is built for 8-byte stack alignment, and the frame is
 * a multiple of 8. The red zone is not used by kernel code, so nothing
 * below %rsp needs preserving.
 */
#include <linux/export.h>
#include <linux/linkage.h>
#include <linux/objtool.h>
#include <asm/asm-offsets.h>
#include <asm/ftrace.h>
#include <asm/nospec-branch.h>
#include <asm/percpu.h>
#include <asm/ptrace.h>
#include <asm/segment.h>

	.code64
	.section .text, "ax"

SYM_FUNC_START(__fentry__)
	RET
SYM_FUNC_END(__fentry__)
EXPORT_SYMBOL(__fentry__)

SYM_FUNC_START(ftrace_stub)
	RET
SYM_FUNC_END(ftrace_stub)

/* Offsets of the two return addresses once the frame is built. */
#define FTRACE_RET_SLOT		FRAME_SIZE
#define FTRACE_PARENT_SLOT	(FRAME_SIZE + 8)

/*
 * Jump to \skip unless this CPU is online. Clobbers %r11, which no
 * function expects to hold anything on entry.
 */
.macro ftrace_online_or skip
	movl	PER_CPU_VAR(pcpu_hot + FTRACE_PCPU_CPU_NUMBER), %r11d
	btq	%r11, __cpu_online_mask(%rip)
	jnc	\skip
.endm

/*
 * Build the frame: the registers a function may receive values in, and
 * ip/sp as the traced function sees them. Leaves %rdi = site address and
 * %rsi = parent, the hook's first two arguments.
 */
.macro ftrace_save_args
	subq	$FRAME_SIZE, %rsp
	movq	%rax, RAX(%rsp)
	movq	%rcx, RCX(%rsp)
	movq	%rdx, RDX(%rsp)
	movq	%rsi, RSI(%rsp)
	movq	%rdi, RDI(%rsp)
	movq	%r8, R8(%rsp)
	movq	%r9, R9(%rsp)
	movq	%rbp, RBP(%rsp)
	leaq	FTRACE_PARENT_SLOT(%rsp), %rsi
	movq	%rsi, RSP(%rsp)
	movq	FTRACE_RET_SLOT(%rsp), %rdi
	movq	%rdi, RIP(%rsp)
	movq	FTRACE_PARENT_SLOT(%rsp), %rsi
	subq	$MCOUNT_INSN_SIZE, %rdi
.endm

/*
 * Hook arguments 3 and 4: the ops pointer and the frame. \label marks
 * the load of the ops, whose displacement a dedicated copy of the
 * trampoline points at its own ops slot (arch/x86/kernel/ftrace.c).
 */
.macro ftrace_hook_args label
\label:
	movq	ftrace_hook_op(%rip), %rdx
	movq	%rsp, %rcx
.endm

/*
 * Restore the argument registers and drop the frame. (%rbp too: objtool
 * tracks a saved callee-saved register and wants it back on every path.)
 */
.macro ftrace_restore_args
	movq	RBP(%rsp), %rbp
	movq	RDI(%rsp), %rdi		/* arguments 1..6, in order */
	movq	RSI(%rsp), %rsi
	movq	RDX(%rsp), %rdx
	movq	RCX(%rsp), %rcx
	movq	R8(%rsp), %r8
	movq	R9(%rsp), %r9
	movq	RAX(%rsp), %rax		/* last: it carried the return ip */
	addq	$FRAME_SIZE, %rsp
.endm

SYM_FUNC_START(ftrace_caller)
	ftrace_online_or .Lcaller_out
	ftrace_save_args
	movq	$0, CS(%rsp)
	ftrace_hook_args .Lcaller_op
SYM_INNER_LABEL(ftrace_caller_hook, SYM_L_GLOBAL)
	ANNOTATE_NOENDBR
	call	ftrace_stub
	ftrace_restore_args
.Lcaller_out:
	RET
.Lcaller_end:
SYM_FUNC_END(ftrace_caller)

SYM_FUNC_START(ftrace_regs_caller)
	ftrace_online_or .Lregs_out
	ftrace_save_args
	movq	%r15, R15(%rsp)
	movq	%r14, R14(%rsp)
	movq	%r13, R13(%rsp)
	movq	%r12, R12(%rsp)
	movq	%rbx, RBX(%rsp)
	movq	%r11, R11(%rsp)
	movq	%r10, R10(%rsp)
	pushfq
	popq	EFLAGS(%rsp)
	movq	$-1, ORIG_RAX(%rsp)
	movq	$__KERNEL_CS, CS(%rsp)
	movq	$__KERNEL_DS, SS(%rsp)
	ftrace_hook_args .Lregs_op
SYM_INNER_LABEL(ftrace_regs_caller_hook, SYM_L_GLOBAL)
	ANNOTATE_NOENDBR
	call	ftrace_stub
	/* Continue at regs->ip (normally the unchanged return address). */
	movq	RIP(%rsp), %rax
	movq	%rax, FTRACE_RET_SLOT(%rsp)
	/* Flags are not live across a call: they are not restored. */
	movq	R15(%rsp), %r15
	movq	R14(%rsp), %r14
	movq	R13(%rsp), %r13
	movq	R12(%rsp), %r12
	movq	RBX(%rsp), %rbx
	movq	R11(%rsp), %r11
	movq	R10(%rsp), %r10
	ftrace_restore_args
.Lregs_out:
	RET
.Lregs_end:
SYM_FUNC_END(ftrace_regs_caller)

/*
 * Where to copy and fix up each trampoline, as offsets from its start
 * (struct ftrace_tramp_layout in arch/x86/kernel/ftrace.c): size, ops
 * load, hook call.
 */
	.pushsection .rodata
SYM_DATA_START(ftrace_tramp_layouts)
	.long	.Lcaller_end - ftrace_caller
	.long	.Lcaller_op - ftrace_caller
	.long	ftrace_caller_hook - ftrace_caller
	.long	.Lregs_end - ftrace_regs_caller
	.long	.Lregs_op - ftrace_regs_caller
	.long	ftrace_regs_caller_hook - ftrace_regs_caller
SYM_DATA_END(ftrace_tramp_layouts)
	.popsection

/*
 * return_to_handler - where a call hooked by the function graph core
 * (kernel/trace/fgraph.c) returns to instead of its caller.
 *
 * The traced function's "ret" just consumed the slot at -8(%rsp) that the
 * entry handler had pointed here. Keep the return value (%rax, and %rdx
 * for 128-bit values) in that slot and the one below it, so the stale
 * hooked address does not linger on the stack for unwinders, and ask
 * ftrace_return_to_handler(sp, retval) for the original return address.
 *
 * Going back must not be an indirect jump: with IBT the target (a return
 * address) has no ENDBR. Instead call the next instruction, replace the
 * return address that call pushed with the original one, and "ret". The
 * call/ret pair also keeps the return stack buffer balanced.
 *
 * Nothing returns through this frame, so there is nothing to unwind into:
 * the entry state is undefined for objtool and the unwinders.
 */
SYM_CODE_START(return_to_handler)
	UNWIND_HINT_UNDEFINED
	ANNOTATE_NOENDBR
	subq	$16, %rsp
	movq	%rax, 0(%rsp)
	movq	%rdx, 8(%rsp)
	leaq	16(%rsp), %rdi		/* %rsp as the caller sees it */
	movq	%rax, %rsi
	call	ftrace_return_to_handler
	movq	%rax, %rdi		/* the original return address */
	movq	8(%rsp), %rdx
	movq	0(%rsp), %rax
	addq	$16, %rsp
	ANNOTATE_INTRA_FUNCTION_CALL
	call	.Lfgraph_go_back
	int3
.Lfgraph_go_back:
	movq	%rdi, (%rsp)
	RET
SYM_CODE_END(return_to_handler)
