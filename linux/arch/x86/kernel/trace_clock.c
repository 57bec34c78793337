// SPDX-License-Identifier: GPL-2.0
/*
 * The "x86-tsc" trace clock: raw TSC cycles, ordered against surrounding
 * loads so a timestamp is not taken early.
 */
#include <asm/trace_clock.h>
#include <asm/msr.h>

/* Context: any, NMI included. */
u64 notrace trace_clock_x86_tsc(void)
{
	return rdtsc_ordered();
}
