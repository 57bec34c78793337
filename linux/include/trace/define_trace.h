/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Included as the last line of every event header. With CREATE_TRACE_POINTS
 * defined (in the one .c file that instantiates the header), this is where
 * the header is expanded into objects: it is read again once per pass,
 * each pass giving the TRACE_EVENT vocabulary another meaning.
 *
 *	pass	header (include/trace/passes/)	emits
 *	0	p0_tracepoints.h	the tracepoints (always)
 *	1	p1_record.h		struct trace_event_raw_<class>, eval maps
 *	2	p2_dyn_offsets.h	struct trace_event_dyn_<class>
 *	3	p3_fields.h		field descriptors, print fmt text
 *	4	p4_dyn_size.h		sizing of the dynamic fields
 *	5	p5_output.h		the TP_printk output function
 *	6	p6_probe.h		the probe that writes a record
 *	7	p7_perf.h		the probe that feeds perf
 *	8	p8_objects.h		event_class_<class>, event_<name>
 *
 * Passes 1-8 only exist with CONFIG_EVENT_TRACING.
 * Documentation/trace/trace-event-expansion.rst shows one event through
 * every pass.
 *
 * The event header is found as <trace/events/TRACE_INCLUDE_FILE.h>, or
 * "TRACE_INCLUDE_PATH/TRACE_INCLUDE_FILE.h" when the header set a path;
 * TRACE_INCLUDE_FILE defaults to TRACE_SYSTEM.
 *
 * No include guard: this file is meant to be read many times.
 */
#ifdef CREATE_TRACE_POINTS

/* The passes re-read the event header: it must not instantiate again. */
#undef CREATE_TRACE_POINTS

#include <linux/stringify.h>

#ifndef TRACE_INCLUDE_FILE
#define TRACE_INCLUDE_FILE TRACE_SYSTEM
#define __EV_DEFAULT_FILE
#endif

#ifndef TRACE_INCLUDE_PATH
#define __TRACE_INCLUDE(file)	<trace/events/file.h>
#else
#define __TRACE_INCLUDE(file)	__stringify(TRACE_INCLUDE_PATH/file.h)
#endif
#define TRACE_INCLUDE(file)	__TRACE_INCLUDE(file)

/* The header's own guard lets it through while this is set. */
#define TRACE_HEADER_MULTI_READ

#include <trace/passes/p0_tracepoints.h>

#if defined(TRACEPOINTS_ENABLED) && defined(CONFIG_EVENT_TRACING)
#include <linux/trace_events.h>
#include <trace/passes/p1_record.h>
#include <trace/passes/p2_dyn_offsets.h>
#include <trace/passes/p3_fields.h>
#include <trace/passes/p4_dyn_size.h>
#include <trace/passes/p5_output.h>
#include <trace/passes/p6_probe.h>
#include <trace/passes/p7_perf.h>
#include <trace/passes/p8_objects.h>
#endif

/*
 * Clean up, so that the next event header of this .c file gets the plain
 * TRACE_EVENT family again from linux/tracepoint.h, and is instantiated
 * too. The header's own TRACE_INCLUDE_PATH/FILE stay: some headers set
 * them inside their include guard, and a later CREATE_TRACE_POINTS
 * include of the same header relies on them.
 */
#include <trace/passes/reset.h>
#undef TRACE_HEADER_MULTI_READ
#ifdef __EV_DEFAULT_FILE
#undef TRACE_INCLUDE_FILE
#undef __EV_DEFAULT_FILE
#endif
#undef TRACE_SYSTEM_VAR
#undef TRACE_SYSTEM_STRING
#undef TRACE_INCLUDE
#undef __TRACE_INCLUDE

#define CREATE_TRACE_POINTS

#endif /* CREATE_TRACE_POINTS */
