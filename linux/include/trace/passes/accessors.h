/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Reading the dynamic fields of a record through __entry, for the passes
 * that have a record in hand: the output function (pass 5, __entry is the
 * record being printed) and the probes (passes 6 and 7, __entry is the
 * record being written).
 *
 * A dynamic field holds a u32 "location": the data's offset in the low 16
 * bits, its length in bytes in the high 16.
 *
 *	__data_loc_<item>	offset from the start of the record
 *	__rel_loc_<item>	offset from the end of the location word
 *
 * The __get_bitmask()/__get_cpumask() forms differ between the passes
 * (text when printing, a pointer when writing) and are defined there.
 * No include guard: read once per pass, after reset.h.
 */
#define __get_dynamic_array(field)					\
	((void *)__entry + (__entry->__data_loc_##field & 0xffff))
#define __get_dynamic_array_len(field)					\
	((__entry->__data_loc_##field >> 16) & 0xffff)
#define __get_rel_dynamic_array(field)					\
	((void *)&__entry->__rel_loc_##field + sizeof(u32) +		\
	 (__entry->__rel_loc_##field & 0xffff))
#define __get_rel_dynamic_array_len(field)				\
	((__entry->__rel_loc_##field >> 16) & 0xffff)
#define __get_str(field)	((char *)__get_dynamic_array(field))
#define __get_rel_str(field)	((char *)__get_rel_dynamic_array(field))
