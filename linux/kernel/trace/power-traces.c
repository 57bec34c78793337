// SPDX-License-Identifier: GPL-2.0
/*
 * Home of the power-management tracepoints (trace/events/power.h):
 * cpu_idle, cpu_frequency, pstate_sample, the PM QoS events and the
 * others that the scheduler, cpufreq, cpuidle and PM code fire. The ones
 * drivers built as modules fire are exported.
 */
#include <linux/export.h>
#include <linux/module.h>
#include <linux/sched.h>
#include <linux/string.h>
#include <linux/types.h>
#include <linux/workqueue.h>

#define CREATE_TRACE_POINTS
#include <trace/events/power.h>

EXPORT_TRACEPOINT_SYMBOL_GPL(suspend_resume);
EXPORT_TRACEPOINT_SYMBOL_GPL(cpu_idle);
EXPORT_TRACEPOINT_SYMBOL_GPL(cpu_frequency);
EXPORT_TRACEPOINT_SYMBOL_GPL(powernv_throttle);
