/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Pass 0: the tracepoints. Every event, and every bare DECLARE_TRACE,
 * becomes DEFINE_TRACE_FN (linux/tracepoint.h): struct tracepoint
 * __tracepoint_<name>, its __tracepoints_ptrs entry, the iterator
 * __traceiter_<name> and the static call tp_func_<name>. Runs even
 * without CONFIG_EVENT_TRACING. No include guard.
 */
#include <trace/passes/reset.h>

#define EV_EVENT(class, name, proto, args, reg, unreg)			\
	DEFINE_TRACE_FN(name, reg, unreg, PARAMS(proto), PARAMS(args));
#define EV_TRACEPOINT(name, proto, args)				\
	DEFINE_TRACE(name, PARAMS(proto), PARAMS(args));

#include <trace/passes/family.h>

#include TRACE_INCLUDE(TRACE_INCLUDE_FILE)
