/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Pass 3: what user space is told about a record.
 *
 *	static const struct trace_event_fields trace_event_fields_class[] = {
 *		{ .type = "int", .name = "a", .size = 4, .align = 4,
 *		  .is_signed = 1, ... },
 *		{ .type = "__data_loc char[]", .name = "s", .size = 4, ... },
 *		{ .offset = offsetof(struct trace_event_raw_class, __data) },
 *	};
 *	static char trace_event_fmt_class[] = "\"a=%d s=%s\", REC->a, __get_str(s)";
 *
 * The type strings are the ones the format files print (and that
 * libtraceevent parses): the type as written, "type[len]" for arrays,
 * "__data_loc type[]" / "__rel_loc type[]" for dynamic fields. Offsets
 * are computed when the event is added, laying the fields out as the C
 * compiler does (each at the next multiple of its alignment after the
 * 8-byte trace_entry); the terminator carries where pass 1's struct says
 * the fields end, as a check.
 *
 * The print format is TP_printk's text as written: the format string, then
 * the arguments stringified, with __entry spelled REC and the print
 * helpers (__print_flags, __get_str, ...) left as they are; other macros
 * in the arguments are expanded, as upstream does.
 * No include guard.
 */
#include <trace/passes/reset.h>

#define TP_STRUCT__entry(args...)	args

/* The alignment of @type as a struct member. */
#define __EV_ALIGNOF(type)	__alignof__(struct { type __m; })

#define __EV_FIELD(_type, _name, _size, _align, _signed, _kind, _len)	\
	{ .type = _type, .name = _name, .size = _size, .align = _align,	\
	  .is_signed = _signed, .filter_type = _kind, .len = _len },

#define __field_ext(type, item, kind)					\
	__EV_FIELD(#type, #item, sizeof(type), __EV_ALIGNOF(type),	\
		   is_signed_type(type), kind, 0)
#define __field(type, item)	__field_ext(type, item, FILTER_OTHER)
#define __field_struct_ext(type, item, kind)				\
	__EV_FIELD(#type, #item, sizeof(type), __EV_ALIGNOF(type), 0, kind, 0)
#define __field_struct(type, item)					\
	__field_struct_ext(type, item, FILTER_OTHER)
#define __array(type, item, len)					\
	__EV_FIELD(#type "[" __stringify(len) "]", #item,		\
		   sizeof(type[len]), __EV_ALIGNOF(type),		\
		   is_signed_type(type), FILTER_OTHER, len)
#define __dynamic_array(type, item, len)				\
	__EV_FIELD("__data_loc " #type "[]", #item, 4, 4,		\
		   is_signed_type(type), FILTER_OTHER, 0)
#define __string(item, src)		__dynamic_array(char, item, -1)
#define __string_len(item, src, len)	__dynamic_array(char, item, -1)
#define __vstring(item, fmt, ap)	__dynamic_array(char, item, -1)
#define __bitmask(item, nr_bits)	__dynamic_array(unsigned long, item, -1)
#define __cpumask(item)							\
	__EV_FIELD("__data_loc cpumask_t", #item, 4, 4, 0, FILTER_CPUMASK, 0)
#define __rel_dynamic_array(type, item, len)				\
	__EV_FIELD("__rel_loc " #type "[]", #item, 4, 4,		\
		   is_signed_type(type), FILTER_OTHER, 0)
#define __rel_string(item, src)		__rel_dynamic_array(char, item, -1)
#define __rel_string_len(item, src, len) __rel_dynamic_array(char, item, -1)
#define __rel_bitmask(item, nr_bits)	__rel_dynamic_array(unsigned long, item, -1)
#define __rel_cpumask(item)						\
	__EV_FIELD("__rel_loc cpumask_t", #item, 4, 4, 0, FILTER_CPUMASK, 0)

/* The print format: see above. */
#define __entry REC
#ifdef CONFIG_64BIT
#define __print_flags_u64(flag, delim, flag_array...)			\
	__print_flags(flag, delim, flag_array)
#define __print_symbolic_u64(value, symbol_array...)			\
	__print_symbolic(value, symbol_array)
#endif
#define __print_ns_to_secs(val)		(val) / 1000000000UL
#define __print_ns_without_secs(val)	(val) % 1000000000UL
#define TP_printk(fmt, args...)		"\"" fmt "\", "  __stringify(args)

#define EV_CLASS(cls, proto, args, tstruct, assign, print)		\
	static const struct trace_event_fields				\
	trace_event_fields_##cls[] = {				\
		tstruct							\
		{ .offset = offsetof(struct trace_event_raw_##cls, __data) } \
	};								\
	static char trace_event_fmt_##cls[] = print;

#define EV_EVENT_PRINT(cls, name, proto, args, print)			\
	static char trace_event_fmt_##name[] = print;

#include <trace/passes/family.h>

#include TRACE_INCLUDE(TRACE_INCLUDE_FILE)
