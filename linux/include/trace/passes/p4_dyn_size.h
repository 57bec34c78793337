/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Pass 4: how much dynamic data one record needs, and where it goes.
 *
 *	static inline int trace_event_dyn_size_class(
 *			struct trace_event_dyn_class *__off, <proto>)
 *	{
 *		__len = strlen(src ?: "(null)") + 1;	for __string(s, src)
 *		__off->s = (offsetof(record, __data) + __size) | __len << 16;
 *		__off->s_src_ = src;
 *		__size += __len;
 *		...
 *		return __size;
 *	}
 *
 * The probes call it with the tracepoint's arguments, before reserving
 * sizeof(record) + the return value. It is inline and returns 0 for
 * classes without dynamic fields. No include guard.
 */
#include <trace/passes/reset.h>

#define TP_STRUCT__entry(args...)	args

/* One dynamic field of @bytes bytes; @from is where its offset counts from. */
#define __EV_DYN(item, bytes, from)					\
	__len = (bytes);						\
	__off->item = ((offsetof(typeof(*__rec), __data) + __size - (from)) \
		       & 0xffff) | ((u32)__len << 16);			\
	__size += __len;
#define __EV_REL_FROM(item)						\
	(offsetof(typeof(*__rec), __rel_loc_##item) + sizeof(u32))

#define __field(type, item)
#define __field_ext(type, item, kind)
#define __field_struct(type, item)
#define __field_struct_ext(type, item, kind)
#define __array(type, item, len)
#define __dynamic_array(type, item, len)				\
	__EV_DYN(item, (len) * sizeof(type), 0)
#define __string(item, src)						\
	__EV_DYN(item, strlen((const char *)(src) ?: "(null)") + 1, 0)	\
	__off->item##_src_ = (const char *)(src);
#define __string_len(item, src, len)					\
	__EV_DYN(item, (len) + 1, 0)					\
	__off->item##_src_ = (const char *)(src);
#define __vstring(item, fmt, ap)					\
	__EV_DYN(item, trace_event_vstr_len(fmt, ap), 0)
#define __bitmask(item, nr_bits)					\
	__EV_DYN(item, trace_event_bitmask_bytes(nr_bits), 0)
#define __cpumask(item)							\
	__EV_DYN(item, trace_event_bitmask_bytes(nr_cpumask_bits), 0)
#define __rel_dynamic_array(type, item, len)				\
	__EV_DYN(item, (len) * sizeof(type), __EV_REL_FROM(item))
#define __rel_string(item, src)						\
	__EV_DYN(item, strlen((const char *)(src) ?: "(null)") + 1,	\
		 __EV_REL_FROM(item))					\
	__off->item##_src_ = (const char *)(src);
#define __rel_string_len(item, src, len)				\
	__EV_DYN(item, (len) + 1, __EV_REL_FROM(item))			\
	__off->item##_src_ = (const char *)(src);
#define __rel_bitmask(item, nr_bits)					\
	__EV_DYN(item, trace_event_bitmask_bytes(nr_bits),		\
		 __EV_REL_FROM(item))
#define __rel_cpumask(item)						\
	__EV_DYN(item, trace_event_bitmask_bytes(nr_cpumask_bits),	\
		 __EV_REL_FROM(item))

#define EV_CLASS(cls, proto, args, tstruct, assign, print)		\
	static inline notrace int					\
	trace_event_dyn_size_##cls(struct trace_event_dyn_##cls *__off, \
				     proto)				\
	{								\
		struct trace_event_raw_##cls __maybe_unused *__rec;	\
		int __size = 0;						\
		int __maybe_unused __len;				\
									\
		tstruct							\
		return __size;						\
	}

#include <trace/passes/family.h>

#include TRACE_INCLUDE(TRACE_INCLUDE_FILE)
