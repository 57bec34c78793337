/* SPDX-License-Identifier: GPL-2.0 */
/*
 * x86-64 side of the function-hook core.
 *
 * Every traceable function starts with "call __fentry__" (after endbr64
 * when IBT is on). The compiler lists each such call site in the section
 * __mcount_loc. At boot the core overwrites every site with a 5-byte NOP;
 * tracing a function later writes a call back. See
 * Documentation/trace/ftrace-porting.rst for what an architecture provides.
 */
#ifndef _ASM_X86_FTRACE_H
#define _ASM_X86_FTRACE_H

#include <asm/ptrace.h>
#include <asm/ibt.h>

/* The call instruction at a site: e8 <rel32>. */
#define MCOUNT_INSN_SIZE	5
#define MCOUNT_ADDR		((unsigned long)(__fentry__))

/* A site may sit after an endbr64 at the function entry. */
#ifdef CONFIG_X86_KERNEL_IBT
#define FTRACE_MCOUNT_MAX_OFFSET	ENDBR_INSN_SIZE
#endif

#define ARCH_SUPPORTS_FTRACE_OPS	1

/*
 * Offset of cpu_number in struct pcpu_hot, for the trampolines' online
 * check (checked against the C layout in arch/x86/kernel/ftrace.c).
 */
#define FTRACE_PCPU_CPU_NUMBER		12
#define HAVE_FUNCTION_GRAPH_RET_ADDR_PTR

#ifndef __ASSEMBLY__

extern void __fentry__(void);

struct ftrace_ops;
struct ftrace_regs;

/*
 * The walker of the registered ops (kernel/trace/ftrace_ops.c). The
 * linker script also names it ftrace_ops_list_func.
 */
extern void arch_ftrace_ops_list_func(unsigned long ip, unsigned long parent_ip,
				      struct ftrace_ops *op,
				      struct ftrace_regs *fregs);

/* The shared trampolines (ftrace_64.S); sites call them. */
extern void ftrace_caller(void);
extern void ftrace_regs_caller(void);
extern void ftrace_stub(void);

/* -mrecord-mcount records the address of the call itself. */
static inline unsigned long ftrace_call_adjust(unsigned long addr)
{
	return addr;
}

/*
 * struct ftrace_regs - register state handed to a callback.
 *
 * The trampolines always save the argument registers, %rax, the stack
 * pointer and the return address (regs.ip). ftrace_regs_caller saves the
 * full pt_regs (cs != 0), for ops with FTRACE_OPS_FL_SAVE_REGS or
 * _IPMODIFY; arch_ftrace_get_regs() returns NULL otherwise. Only
 * ftrace_regs_caller continues at a changed regs.ip, and restores every
 * register from the frame; ftrace_caller restores the arguments and %rax.
 */
struct ftrace_regs {
	struct pt_regs		regs;
};

static __always_inline struct pt_regs *
arch_ftrace_get_regs(struct ftrace_regs *fregs)
{
	return fregs->regs.cs ? &fregs->regs : NULL;
}

#define ftrace_regs_get_instruction_pointer(fregs)	((fregs)->regs.ip)
#define ftrace_regs_set_instruction_pointer(fregs, _ip)	((fregs)->regs.ip = (_ip))
#define ftrace_regs_get_argument(fregs, n)	regs_get_kernel_argument(&(fregs)->regs, n)
#define ftrace_regs_get_stack_pointer(fregs)	kernel_stack_pointer(&(fregs)->regs)
#define ftrace_regs_return_value(fregs)		regs_return_value(&(fregs)->regs)
#define ftrace_regs_set_return_value(fregs, ret) regs_set_return_value(&(fregs)->regs, ret)

/*
 * Function graph (kernel/trace/fgraph.c). An entry handler hooks a call's
 * return by storing return_to_handler over the return address the traced
 * function will return with, at *ftrace_regs_get_stack_pointer(fregs);
 * return_to_handler (ftrace_64.S) keeps %rax/%rdx, asks
 * ftrace_return_to_handler() for the original address and returns there.
 */
extern void return_to_handler(void);
unsigned long ftrace_return_to_handler(unsigned long sp, unsigned long retval);

/* The stack slot holding the traced function's return address. */
static __always_inline unsigned long *
ftrace_regs_ret_slot(struct ftrace_regs *fregs)
{
	return (unsigned long *)ftrace_regs_get_stack_pointer(fregs);
}

/*
 * Upstream makes its allocated trampolines read-only here; ours are
 * read-only and executable from the moment they are built
 * (ftrace_arch_tramp_create()), so there is nothing to do.
 */
static inline void set_ftrace_ops_ro(void) { }

#endif /* !__ASSEMBLY__ */
#endif /* _ASM_X86_FTRACE_H */
