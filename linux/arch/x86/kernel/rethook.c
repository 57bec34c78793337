// SPDX-License-Identifier: GPL-2.0
/*
 * rethook, x86-64 side: divert a function's return through a trampoline.
 *
 * Let S be the stack slot that holds a function's return address when the
 * function is entered (regs->sp at the probe). arch_rethook_prepare()
 * stores arch_rethook_trampoline in S and records S as node->frame. The
 * function's RET then pops S and arrives at the trampoline with
 * %rsp == S + 8. From there the trampoline:
 *
 *  1. pushes its own address, which lands in S again, so that S still
 *     reads as a return slot; this is what lets ORC (and, through
 *     rethook_find_ret_addr(), every unwinder) walk out of a handler;
 *  2. builds a struct pt_regs immediately below S, so regs + 1 == S. The
 *     flags are taken with PUSHF before anything can change them, and
 *     %rsp is only ever moved with LEA, which leaves the flags alone;
 *  3. calls x86_rethook_returned(), which completes the frame and runs
 *     rethook_trampoline_handler(); via arch_rethook_fixup_return() that
 *     replaces the trampoline address in S with the real return address;
 *  4. reloads every register from the frame (a handler may have changed
 *     some, the return value in ->ax for instance), restores the flags
 *     with POPF, and returns through S to the real caller.
 *
 * Everything here touches only the returning task's own stack; there is
 * no shared state and no locking.
 */

#include <linux/build_bug.h>
#include <linux/kprobes.h>
#include <linux/objtool.h>
#include <linux/rethook.h>
#include <linux/stddef.h>
#include <linux/stringify.h>

#include <asm/frame.h>
#include <asm/linkage.h>
#include <asm/ptrace.h>
#include <asm/segment.h>
#include <asm/unwind_hints.h>

#ifndef CONFIG_X86_64
#error "rethook: only the x86-64 trampoline is implemented"
#endif

/*
 * Byte offsets in struct pt_regs, spelled out because the asm below needs
 * literals; the static_asserts keep them in step with the structure. The
 * frame ends with flags, sp and ss: PUSHF fills the first, C the others.
 */
#define RH_R15		0
#define RH_R14		8
#define RH_R13		16
#define RH_R12		24
#define RH_BP		32
#define RH_BX		40
#define RH_R11		48
#define RH_R10		56
#define RH_R9		64
#define RH_R8		72
#define RH_AX		80
#define RH_CX		88
#define RH_DX		96
#define RH_SI		104
#define RH_DI		112
#define RH_FLAGS	144
#define RH_TAIL		16	/* sp and ss, above flags */
#define RH_SIZE		168

static_assert(offsetof(struct pt_regs, r15) == RH_R15);
static_assert(offsetof(struct pt_regs, r14) == RH_R14);
static_assert(offsetof(struct pt_regs, r13) == RH_R13);
static_assert(offsetof(struct pt_regs, r12) == RH_R12);
static_assert(offsetof(struct pt_regs, bp) == RH_BP);
static_assert(offsetof(struct pt_regs, bx) == RH_BX);
static_assert(offsetof(struct pt_regs, r11) == RH_R11);
static_assert(offsetof(struct pt_regs, r10) == RH_R10);
static_assert(offsetof(struct pt_regs, r9) == RH_R9);
static_assert(offsetof(struct pt_regs, r8) == RH_R8);
static_assert(offsetof(struct pt_regs, ax) == RH_AX);
static_assert(offsetof(struct pt_regs, cx) == RH_CX);
static_assert(offsetof(struct pt_regs, dx) == RH_DX);
static_assert(offsetof(struct pt_regs, si) == RH_SI);
static_assert(offsetof(struct pt_regs, di) == RH_DI);
static_assert(offsetof(struct pt_regs, flags) == RH_FLAGS);
static_assert(offsetof(struct pt_regs, sp) == RH_FLAGS + 8);
static_assert(offsetof(struct pt_regs, ss) == RH_FLAGS + 16);
static_assert(sizeof(struct pt_regs) == RH_SIZE);
static_assert(RH_FLAGS + 8 + RH_TAIL == RH_SIZE);

/* One register to or from its pt_regs slot, %rsp pointing at pt_regs. */
#define RH_SAVE(reg, off)	"	movq %" #reg ", " __stringify(off) "(%rsp)\n"
#define RH_LOAD(reg, off)	"	movq " __stringify(off) "(%rsp), %" #reg "\n"

__visible void x86_rethook_returned(struct pt_regs *regs);

/*
 * Entered only by the RET of a hooked function, never by a call or an
 * indirect jump, so it has no ENDBR (ANNOTATE_NOENDBR tells objtool that
 * taking its address is nevertheless fine under IBT).
 */
asm(
	".pushsection .text, \"ax\"\n"
	".globl arch_rethook_trampoline\n"
	".type arch_rethook_trampoline, @function\n"
	"arch_rethook_trampoline:\n"
	ANNOTATE_NOENDBR
	/* Step 1: refill S. From here the stack looks like a function entry. */
	"	pushq $arch_rethook_trampoline\n"
	UNWIND_HINT_FUNC
	/* Step 2: skip ss and sp, save flags, open the rest of pt_regs. */
	"	leaq -" __stringify(RH_TAIL) "(%rsp), %rsp\n"
	"	pushfq\n"
	"	leaq -" __stringify(RH_FLAGS) "(%rsp), %rsp\n"
	RH_SAVE(r15, RH_R15)
	RH_SAVE(r14, RH_R14)
	RH_SAVE(r13, RH_R13)
	RH_SAVE(r12, RH_R12)
	RH_SAVE(rbp, RH_BP)
	RH_SAVE(rbx, RH_BX)
	RH_SAVE(r11, RH_R11)
	RH_SAVE(r10, RH_R10)
	RH_SAVE(r9, RH_R9)
	RH_SAVE(r8, RH_R8)
	RH_SAVE(rax, RH_AX)
	RH_SAVE(rcx, RH_CX)
	RH_SAVE(rdx, RH_DX)
	RH_SAVE(rsi, RH_SI)
	RH_SAVE(rdi, RH_DI)
	ENCODE_FRAME_POINTER
	/* Step 3: the C half, given the frame. */
	"	movq %rsp, %rdi\n"
	"	call x86_rethook_returned\n"
	/* Step 4: S now holds the real return address. */
	RH_LOAD(r15, RH_R15)
	RH_LOAD(r14, RH_R14)
	RH_LOAD(r13, RH_R13)
	RH_LOAD(r12, RH_R12)
	RH_LOAD(rbp, RH_BP)
	RH_LOAD(rbx, RH_BX)
	RH_LOAD(r11, RH_R11)
	RH_LOAD(r10, RH_R10)
	RH_LOAD(r9, RH_R9)
	RH_LOAD(r8, RH_R8)
	RH_LOAD(rax, RH_AX)
	RH_LOAD(rcx, RH_CX)
	RH_LOAD(rdx, RH_DX)
	RH_LOAD(rsi, RH_SI)
	RH_LOAD(rdi, RH_DI)
	"	leaq " __stringify(RH_FLAGS) "(%rsp), %rsp\n"
	"	popfq\n"
	"	leaq " __stringify(RH_TAIL) "(%rsp), %rsp\n"
	ASM_RET
	".size arch_rethook_trampoline, .-arch_rethook_trampoline\n"
	".popsection\n"
);
NOKPROBE_SYMBOL(arch_rethook_trampoline);

/*
 * The trampoline keeps no frame pointer of its own (with frame pointers it
 * encodes the pt_regs address in %rbp instead, which the frame-pointer
 * unwinder understands), so objtool's frame-pointer check must skip it.
 */
STACK_FRAME_NON_STANDARD_FP(arch_rethook_trampoline);

/*
 * Called only from arch_rethook_trampoline with the frame it built. The
 * asm saved the general registers and the flags; fill in the rest so that
 * handlers see the state of a plain kernel-mode return.
 */
__visible void x86_rethook_returned(struct pt_regs *regs)
{
	unsigned long slot = (unsigned long)(regs + 1);

	regs->csx = __KERNEL_CS;
	regs->ssx = __KERNEL_DS;
	regs->orig_ax = ~0UL;
	/* Replaced with the real return address by the generic code. */
	regs->ip = (unsigned long)arch_rethook_trampoline;
	/* Where %rsp points once the final RET has popped S. */
	regs->sp = slot + sizeof(unsigned long);

	rethook_trampoline_handler(regs, slot);
}
NOKPROBE_SYMBOL(x86_rethook_returned);

/**
 * arch_rethook_fixup_return() - put the real return address back
 * @regs:		the frame built by arch_rethook_trampoline
 * @correct_ret_addr:	the caller's address
 *
 * Writes @correct_ret_addr into the slot above @regs, which the trampoline
 * pops on its way out; it also makes stack traces taken after this point
 * show the caller directly.
 *
 * Context: rethook_trampoline_handler() only, preemption disabled.
 */
void arch_rethook_fixup_return(struct pt_regs *regs,
			       unsigned long correct_ret_addr)
{
	unsigned long *slot = (unsigned long *)(regs + 1);

	*slot = correct_ret_addr;
}
NOKPROBE_SYMBOL(arch_rethook_fixup_return);

/**
 * arch_rethook_prepare() - redirect the return of the function being entered
 * @node:	records the real return address and the slot it lived in
 * @regs:	registers at the function's entry
 * @mcount:	unused on x86
 *
 * Both kinds of entry hook, a breakpoint on the first instruction and an
 * fentry (ftrace) callback, hand over @regs with ->sp pointing at the return
 * address pushed by the CALL, so one rule serves both.
 *
 * Context: rethook_hook() only, in the entry of the hooked function;
 * preemption disabled.
 */
void arch_rethook_prepare(struct rethook_node *node, struct pt_regs *regs,
			  bool mcount)
{
	unsigned long *slot = (unsigned long *)regs->sp;

	node->ret_addr = *slot;
	node->frame = (unsigned long)slot;
	*slot = (unsigned long)arch_rethook_trampoline;
}
NOKPROBE_SYMBOL(arch_rethook_prepare);
