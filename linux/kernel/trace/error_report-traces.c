// SPDX-License-Identifier: GPL-2.0
/*
 * Home of the error_report_end tracepoint (trace/events/error_report.h),
 * fired by the error detectors (KFENCE, KASAN, warn/panic paths) when
 * they have printed a report.
 */
#include <linux/export.h>

#define CREATE_TRACE_POINTS
#include <trace/events/error_report.h>

EXPORT_TRACEPOINT_SYMBOL_GPL(error_report_end);
