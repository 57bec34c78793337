/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _ASM_X86_TRACE_CLOCK_H
#define _ASM_X86_TRACE_CLOCK_H

#include <linux/types.h>

/* Architecture trace clocks, offered in trace_clock next to the generic ones. */
u64 notrace trace_clock_x86_tsc(void);

#endif /* _ASM_X86_TRACE_CLOCK_H */
