/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The event of the filter_check test module: one field of each kind the
 * filter language knows, with values derived from a sequence number so
 * that a test can tell which records a filter should keep.
 */
#undef TRACE_SYSTEM
#define TRACE_SYSTEM filter_check

#if !defined(_FILTER_CHECK_TRACE_H) || defined(TRACE_HEADER_MULTI_READ)
#define _FILTER_CHECK_TRACE_H

#include <linux/cpumask.h>
#include <linux/tracepoint.h>

TRACE_EVENT(filter_check,
	TP_PROTO(int seq, const char *name, unsigned long fn,
		 const struct cpumask *mask),
	TP_ARGS(seq, name, fn, mask),
	TP_STRUCT__entry(
		__field(int, seq)
		__field(s8, small)
		__field(u16, word)
		__field(s64, big)
		__field(unsigned long, fn)
		__array(char, name, 16)
		__string(str, name)
		__rel_string(rstr, name)
		__cpumask(cpus)
		__field(const char *, ptr)
	),
	TP_fast_assign(
		__entry->seq = seq;
		__entry->small = -seq;
		__entry->word = seq * 1000;
		__entry->big = (s64)seq * -1000000000000LL;
		__entry->fn = fn;
		strscpy(__entry->name, name, sizeof(__entry->name));
		__assign_str(str);
		__assign_rel_str(rstr);
		__assign_cpumask(cpus, cpumask_bits(mask));
		__entry->ptr = name;
	),
	TP_printk("seq=%d small=%d word=%u big=%lld fn=%ps name=%s str=%s rstr=%s cpus=%s",
		  __entry->seq, __entry->small, __entry->word, __entry->big,
		  (void *)__entry->fn, __entry->name, __get_str(str),
		  __get_rel_str(rstr), __get_cpumask(cpus))
);

#endif /* _FILTER_CHECK_TRACE_H */

#undef TRACE_INCLUDE_PATH
#undef TRACE_INCLUDE_FILE
#define TRACE_INCLUDE_PATH .
#define TRACE_INCLUDE_FILE filter_check_trace
#include <trace/define_trace.h>
