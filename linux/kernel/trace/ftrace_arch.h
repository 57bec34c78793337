/* SPDX-License-Identifier: GPL-2.0 */
/*
 * What an architecture provides to the function-hook core (one header so
 * a port can read the whole contract in one place; see
 * Documentation/trace/ftrace-porting.rst).
 */
#ifndef _KERNEL_TRACE_FTRACE_ARCH_H
#define _KERNEL_TRACE_FTRACE_ARCH_H

/*
 * ftrace_arch_site_init - turn the compiler's call at @ip into a NOP.
 * Returns 0, or -EINVAL if @ip does not hold the expected call (the site
 * is then left untouched).
 * Context: boot (one CPU, IRQs off) or module load (text not executable).
 */
int ftrace_arch_site_init(unsigned long ip);

#endif /* _KERNEL_TRACE_FTRACE_ARCH_H */
