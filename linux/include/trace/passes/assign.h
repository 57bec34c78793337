/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Filling in a record, for the two probes (pass 6 writes into the trace
 * buffer, pass 7 into perf's buffer). The probe has:
 *
 *	entry	the record, sized for its dynamic data (__entry is entry;
 *		some kept event headers write "entry->" directly)
 *	__off	struct trace_event_dyn_<class>, filled by pass 4's
 *		trace_event_dyn_size_<class>(): the location word of each
 *		dynamic field and, for strings, the source pointer
 *
 * TP_STRUCT__entry is expanded first and stores the location words, then
 * TP_fast_assign runs with the __assign_*() helpers below. Strings are
 * copied with the length measured in pass 4, so a string that changes in
 * between cannot overflow its room (it is cut, and always terminated).
 * No include guard: read once per pass, after reset.h.
 */
#include <trace/passes/accessors.h>

#define __entry			entry
#define TP_STRUCT__entry(args...)	args
#define TP_fast_assign(args...)	args

#define __field(type, item)
#define __field_ext(type, item, kind)
#define __field_struct(type, item)
#define __field_struct_ext(type, item, kind)
#define __array(type, item, len)
#define __dynamic_array(type, item, len)				\
	entry->__data_loc_##item = __off.item;
#define __string(item, src)		__dynamic_array(char, item, -1)
#define __string_len(item, src, len)	__dynamic_array(char, item, -1)
#define __vstring(item, fmt, ap)	__dynamic_array(char, item, -1)
#define __bitmask(item, nr_bits)	__dynamic_array(char, item, -1)
#define __cpumask(item)			__dynamic_array(char, item, -1)
#define __rel_dynamic_array(type, item, len)				\
	entry->__rel_loc_##item = __off.item;
#define __rel_string(item, src)		__rel_dynamic_array(char, item, -1)
#define __rel_string_len(item, src, len) __rel_dynamic_array(char, item, -1)
#define __rel_bitmask(item, nr_bits)	__rel_dynamic_array(char, item, -1)
#define __rel_cpumask(item)		__rel_dynamic_array(char, item, -1)

#define __get_bitmask(field)		((char *)__get_dynamic_array(field))
#define __get_rel_bitmask(field)	((char *)__get_rel_dynamic_array(field))
#define __get_cpumask(field)		__get_bitmask(field)
#define __get_rel_cpumask(field)	__get_rel_bitmask(field)

#define __ev_copy_str(to, len, src)					\
	do {								\
		char *__to = (to);					\
		int __n = (len) - 1;					\
									\
		memcpy(__to, (src) ?: "(null)", __n);			\
		__to[__n] = '\0';					\
	} while (0)
#define __assign_str(dst)						\
	__ev_copy_str(__get_str(dst), __get_dynamic_array_len(dst),	\
		      __off.dst##_src_)
#define __assign_rel_str(dst)						\
	__ev_copy_str(__get_rel_str(dst),				\
		      __get_rel_dynamic_array_len(dst), __off.dst##_src_)
#define __assign_vstr(dst, fmt, va)					\
	do {								\
		va_list __ap;						\
									\
		va_copy(__ap, *(va));					\
		vsnprintf(__get_str(dst), __get_dynamic_array_len(dst),	\
			  fmt, __ap);					\
		va_end(__ap);						\
	} while (0)
#define __assign_bitmask(dst, src, nr_bits)				\
	memcpy(__get_bitmask(dst), (src), trace_event_bitmask_bytes(nr_bits))
#define __assign_rel_bitmask(dst, src, nr_bits)				\
	memcpy(__get_rel_bitmask(dst), (src),				\
	       trace_event_bitmask_bytes(nr_bits))
#define __assign_cpumask(dst, src)					\
	memcpy(__get_cpumask(dst), (src),				\
	       trace_event_bitmask_bytes(nr_cpumask_bits))
#define __assign_rel_cpumask(dst, src)					\
	memcpy(__get_rel_cpumask(dst), (src),				\
	       trace_event_bitmask_bytes(nr_cpumask_bits))
