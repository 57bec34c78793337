/* SPDX-License-Identifier: GPL-2.0 */
/*
 * NMI entry and exit hooks for tracers (hardirq.h calls them from
 * __nmi_enter/__nmi_exit). No tracer in this tree needs them yet, so they
 * compile to nothing.
 */
#ifndef _LINUX_FTRACE_IRQ_H
#define _LINUX_FTRACE_IRQ_H

static __always_inline void ftrace_nmi_enter(void) { }
static __always_inline void ftrace_nmi_exit(void) { }

#endif /* _LINUX_FTRACE_IRQ_H */
