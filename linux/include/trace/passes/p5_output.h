/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Pass 5: printing a record, on the reader side.
 *
 *	static enum print_line_t trace_event_output_class(iter, flags, event)
 *	{
 *		struct trace_seq *p = &iter->tmp_seq;	print helpers' scratch
 *		struct trace_event_raw_class *field = (void *)iter->ent;
 *
 *		"<name>: " (trace_raw_output_prep), then
 *		trace_event_printf(iter, "a=%d s=%s\n", field->a, __get_str(s));
 *	}
 *	static struct trace_event_functions trace_event_funcs_class = {
 *		.trace = trace_event_output_class,
 *	};
 *
 * One function per class serves all its events (the name comes from the
 * event); DEFINE_EVENT_PRINT gets its own. The helpers below write into
 * p and return the text (kernel/trace/trace_events_output.c).
 * No include guard.
 */
#include <trace/passes/reset.h>
#include <trace/passes/accessors.h>

#define __entry field
#define TP_printk(fmt, args...)		fmt "\n", ##args

#define __get_bitmask(field)						\
	trace_print_bitmask_seq(p, __get_dynamic_array(field),		\
				__get_dynamic_array_len(field))
#define __get_rel_bitmask(field)					\
	trace_print_bitmask_seq(p, __get_rel_dynamic_array(field),	\
				__get_rel_dynamic_array_len(field))
#define __get_cpumask(field)		__get_bitmask(field)
#define __get_rel_cpumask(field)	__get_rel_bitmask(field)

#define __print_flags(flag, delim, flag_array...)			\
	({								\
		static const struct trace_print_flags __flags[] =	\
			{ flag_array, { -1, NULL } };			\
		trace_print_flags_seq(p, delim, flag, __flags);		\
	})
#define __print_symbolic(value, symbol_array...)			\
	({								\
		static const struct trace_print_flags __syms[] =	\
			{ symbol_array, { -1, NULL } };			\
		trace_print_symbols_seq(p, value, __syms);		\
	})
#ifdef CONFIG_64BIT
#define __print_flags_u64(flag, delim, flag_array...)			\
	__print_flags(flag, delim, flag_array)
#define __print_symbolic_u64(value, symbol_array...)			\
	__print_symbolic(value, symbol_array)
#endif
#define __print_hex(buf, buf_len)					\
	trace_print_hex_seq(p, buf, buf_len, false)
#define __print_hex_str(buf, buf_len)					\
	trace_print_hex_seq(p, buf, buf_len, true)
#define __print_hex_dump(prefix_str, prefix_type, rowsize, groupsize,	\
			 buf, len, ascii)				\
	trace_print_hex_dump_seq(p, prefix_str, prefix_type, rowsize,	\
				 groupsize, buf, len, ascii)
#define __print_array(array, count, el_size)				\
	({								\
		BUILD_BUG_ON((el_size) != 1 && (el_size) != 2 &&	\
			     (el_size) != 4 && (el_size) != 8);		\
		trace_print_array_seq(p, array, count, el_size);	\
	})
#define __print_dynamic_array(array, el_size)				\
	__print_array(__get_dynamic_array(array),			\
		      __get_dynamic_array_len(array) / (el_size), (el_size))
#define __print_ns_to_secs(value)					\
	({								\
		u64 ____val = (u64)(value);				\
									\
		do_div(____val, NSEC_PER_SEC);				\
		____val;						\
	})
#define __print_ns_without_secs(value)					\
	({								\
		u64 ____val = (u64)(value);				\
									\
		(u32)do_div(____val, NSEC_PER_SEC);			\
	})
#define __get_buf(len)			trace_seq_acquire(p, (len))

#define __EV_OUTPUT(fn, cls, print)					\
	static notrace enum print_line_t				\
	trace_event_output_##fn(struct trace_iterator *iter, int flags,	\
				struct trace_event *trace_event)	\
	{								\
		struct trace_seq __maybe_unused *p = &iter->tmp_seq;	\
		struct trace_event_raw_##cls __maybe_unused *field =	\
			(void *)iter->ent;				\
		int ret;						\
									\
		ret = trace_raw_output_prep(iter, trace_event);	\
		if (ret != TRACE_TYPE_HANDLED)				\
			return ret;					\
		trace_event_printf(iter, print);			\
		return trace_handle_return(&iter->seq);			\
	}								\
	static struct trace_event_functions trace_event_funcs_##fn = {	\
		.trace	= trace_event_output_##fn,			\
	};

#define EV_CLASS(cls, proto, args, tstruct, assign, print)		\
	__EV_OUTPUT(cls, cls, PARAMS(print))
#define EV_EVENT_PRINT(cls, name, proto, args, print)			\
	__EV_OUTPUT(name, cls, PARAMS(print))

#include <trace/passes/family.h>

#include TRACE_INCLUDE(TRACE_INCLUDE_FILE)
