/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Pass 1: the record layout, and the symbols print formats may use.
 *
 *	DECLARE_EVENT_CLASS(class, ...,
 *		TP_STRUCT__entry(__field(int, a) __string(s, src)), ...)
 * becomes
 *	struct trace_event_raw_class {
 *		struct trace_entry	ent;	common_* fields
 *		int			a;
 *		u32			__data_loc_s;	see accessors.h
 *		char			__data[];	dynamic data
 *	};
 *
 * TRACE_DEFINE_ENUM(SYM) and TRACE_DEFINE_SIZEOF(type) put a struct
 * trace_eval_map into section _ftrace_eval_map; the event core replaces
 * the symbol by its value in the print formats of the header's system.
 *
 * Also defined here, once per header: TRACE_SYSTEM_STRING, the system
 * name that every class of the header points at.
 * No include guard.
 */
#include <trace/passes/reset.h>

#ifndef TRACE_SYSTEM_VAR
#define TRACE_SYSTEM_VAR TRACE_SYSTEM
#endif
#undef TRACE_SYSTEM_STRING
#define __EV_SYSNAME(var)	__EV_SYSNAME_(var)
#define __EV_SYSNAME_(var)	__ev_sysname_##var
#define TRACE_SYSTEM_STRING	__EV_SYSNAME(TRACE_SYSTEM_VAR)

static const char TRACE_SYSTEM_STRING[] __maybe_unused = __stringify(TRACE_SYSTEM);

#define TP_STRUCT__entry(args...)	args

#define __field(type, item)			type item;
#define __field_ext(type, item, kind)		type item;
#define __field_struct(type, item)		type item;
#define __field_struct_ext(type, item, kind)	type item;
#define __array(type, item, len)		type item[len];
#define __dynamic_array(type, item, len)	u32 __data_loc_##item;
#define __string(item, src)		__dynamic_array(char, item, -1)
#define __string_len(item, src, len)	__dynamic_array(char, item, -1)
#define __vstring(item, fmt, ap)	__dynamic_array(char, item, -1)
#define __bitmask(item, nr_bits)	__dynamic_array(char, item, -1)
#define __cpumask(item)			__dynamic_array(char, item, -1)
#define __rel_dynamic_array(type, item, len)	u32 __rel_loc_##item;
#define __rel_string(item, src)		__rel_dynamic_array(char, item, -1)
#define __rel_string_len(item, src, len) __rel_dynamic_array(char, item, -1)
#define __rel_bitmask(item, nr_bits)	__rel_dynamic_array(char, item, -1)
#define __rel_cpumask(item)		__rel_dynamic_array(char, item, -1)

#define EV_CLASS(cls, proto, args, tstruct, assign, print)		\
	struct trace_event_raw_##cls {				\
		struct trace_entry	ent;				\
		tstruct							\
		char			__data[];			\
	};

#define __EV_EVAL(str, value)						\
	static struct trace_eval_map __used				\
	__section("_ftrace_eval_map") *__UNIQUE_ID(ev_eval) =		\
		&(struct trace_eval_map){ TRACE_SYSTEM_STRING, str, value };
#define EV_ENUM(sym)		__EV_EVAL(#sym, sym)
#define EV_SIZEOF(type)		__EV_EVAL("sizeof(" #type ")", sizeof(type))

#include <trace/passes/family.h>

#include TRACE_INCLUDE(TRACE_INCLUDE_FILE)
