/* SPDX-License-Identifier: GPL-2.0 */
/* Hooked functions of the hook core's self-test (ftrace_hook_selftest_fns.c). */
#ifndef _KERNEL_TRACE_FTRACE_HOOK_SELFTEST_H
#define _KERNEL_TRACE_FTRACE_HOOK_SELFTEST_H

int ftrace_hook_st_one(int x);
int ftrace_hook_st_two(int x);
int ftrace_hook_st_three(int x);
long ftrace_hook_st_args(long a, long b, long c);
int ftrace_hook_st_victim(int x);
int ftrace_hook_st_detour(int x);

#endif
