// SPDX-License-Identifier: GPL-2.0
/*
 * Printing event records: what the output functions of the TRACE_EVENT
 * passes (include/trace/passes/p5_output.h) call.
 *
 * A record prints as "<event name>: " followed by its TP_printk text. The
 * print helpers (__print_flags, __print_symbolic, __get_bitmask, ...)
 * format into the iterator's scratch trace_seq (iter->tmp_seq, emptied by
 * trace_raw_output_prep() for every record) and return a pointer to their
 * NUL-terminated text there, which TP_printk's format then takes as a %s.
 *
 * Context: every function here runs on the reader side ("trace",
 * "trace_pipe", ftrace_dump()), in process context or, for a dump, with
 * interrupts off; none sleeps or takes a lock.
 */
#include <linux/ctype.h>
#include <linux/kernel.h>
#include <linux/string.h>
#include <linux/trace_events.h>
#include <linux/unaligned.h>
#include "trace_array.h"

/**
 * trace_handle_return - the verdict on a record printed into @s
 * @s: the trace_seq it was printed into
 *
 * Return: TRACE_TYPE_PARTIAL_LINE if @s overflowed (the reader retries
 * with an empty one), else TRACE_TYPE_HANDLED.
 */
enum print_line_t trace_handle_return(struct trace_seq *s)
{
	return trace_seq_has_overflowed(s) ? TRACE_TYPE_PARTIAL_LINE :
					     TRACE_TYPE_HANDLED;
}
EXPORT_SYMBOL_GPL(trace_handle_return);

/**
 * trace_raw_output_prep - start printing a record of @event
 * @iter: the reader; iter->ent is the record
 * @event: the struct trace_event of a trace_event_call
 *
 * Prints the event name and ": ", and empties the helpers' scratch.
 * Return: TRACE_TYPE_HANDLED, TRACE_TYPE_PARTIAL_LINE, or
 * TRACE_TYPE_UNHANDLED when the record is not of @event's type.
 */
int trace_raw_output_prep(struct trace_iterator *iter,
			  struct trace_event *event)
{
	struct trace_event_call *call =
		container_of(event, struct trace_event_call, event);

	if (iter->ent->type != event->type)
		return TRACE_TYPE_UNHANDLED;
	trace_seq_init(&iter->tmp_seq);
	trace_seq_printf(&iter->seq, "%s: ", trace_event_name(call));
	return trace_handle_return(&iter->seq);
}
EXPORT_SYMBOL_GPL(trace_raw_output_prep);

/*
 * With the hash-ptr option off, a plain %p prints the real address, as
 * %px would. Rewrite @fmt into @buf that way; Return: the format to use
 * (@fmt itself when nothing changes or it does not fit).
 */
static const char *unhashed_format(struct trace_iterator *iter,
				   const char *fmt, char *buf, size_t size)
{
	const char *p;
	size_t n = 0;

	if (!iter->tr || tr_opt(iter->tr, TOPT_HASH_PTR) || !strstr(fmt, "%p"))
		return fmt;
	for (p = fmt; *p; p++) {
		if (n + 3 > size)
			return fmt;
		buf[n++] = *p;
		if (*p != '%')
			continue;
		if (p[1] == '%') {		/* "%%" is literal */
			buf[n++] = *++p;
			continue;
		}
		/* A bare %p: not followed by an extension letter. */
		if (p[1] == 'p' && !isalnum(p[2])) {
			buf[n++] = *++p;
			buf[n++] = 'x';
		}
	}
	buf[n] = '\0';
	return buf;
}

static void event_vprintf(struct trace_iterator *iter, const char *fmt,
			  va_list ap)
{
	char buf[256];

	trace_seq_vprintf(&iter->seq, unhashed_format(iter, fmt, buf,
						      sizeof(buf)), ap);
}

/**
 * trace_event_printf - print the TP_printk part of a record
 * @iter: the reader
 * @fmt: TP_printk's format, with a newline appended
 */
void trace_event_printf(struct trace_iterator *iter, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	event_vprintf(iter, fmt, ap);
	va_end(ap);
}
EXPORT_SYMBOL_GPL(trace_event_printf);

/**
 * trace_output_call - print a whole line "<name>: <fmt...>\n"
 * @iter: the reader
 * @name: the event name
 * @fmt: the format of the rest, without the newline
 *
 * Return: as trace_handle_return().
 */
enum print_line_t trace_output_call(struct trace_iterator *iter, char *name,
				    char *fmt, ...)
{
	va_list ap;

	trace_seq_printf(&iter->seq, "%s: ", name);
	va_start(ap, fmt);
	event_vprintf(iter, fmt, ap);
	va_end(ap);
	trace_seq_putc(&iter->seq, '\n');
	return trace_handle_return(&iter->seq);
}
EXPORT_SYMBOL_GPL(trace_output_call);

/*
 * The helpers below append their text and a NUL to @p and return where
 * the text starts. If @p overflows, what they return is still a valid
 * (possibly cut) string, and the line is retried by the reader.
 */
static const char *seq_text_end(struct trace_seq *p, const char *start)
{
	trace_seq_putc(p, '\0');
	return start;
}

/**
 * trace_print_flags_seq - the names of the flags set in a value
 * @p: the helpers' scratch
 * @delim: put between two names
 * @flags: the value
 * @flag_array: {mask, name} pairs, ending with a NULL name
 *
 * Each entry whose mask bits are all set in what is left of @flags
 * prints its name and takes those bits away; bits no entry named print
 * last, as one hex number. Return: the text.
 */
const char *trace_print_flags_seq(struct trace_seq *p, const char *delim,
				  unsigned long flags,
				  const struct trace_print_flags *flag_array)
{
	const char *start = trace_seq_buffer_ptr(p);
	bool first = true;

	for (; flag_array->name && flags; flag_array++) {
		unsigned long mask = flag_array->mask;

		if ((flags & mask) != mask)
			continue;
		flags &= ~mask;
		if (!first && delim)
			trace_seq_puts(p, delim);
		trace_seq_puts(p, flag_array->name);
		first = false;
	}
	if (flags) {
		if (!first && delim)
			trace_seq_puts(p, delim);
		trace_seq_printf(p, "0x%lx", flags);
	}
	return seq_text_end(p, start);
}
EXPORT_SYMBOL(trace_print_flags_seq);

/**
 * trace_print_symbols_seq - the name of a value
 * @p: the helpers' scratch
 * @val: the value
 * @symbol_array: {value, name} pairs, ending with a NULL name
 *
 * Return: the name of the first entry equal to @val, or @val in hex.
 */
const char *trace_print_symbols_seq(struct trace_seq *p, unsigned long val,
				    const struct trace_print_flags *symbol_array)
{
	const char *start = trace_seq_buffer_ptr(p);

	for (; symbol_array->name; symbol_array++) {
		if (symbol_array->mask == val) {
			trace_seq_puts(p, symbol_array->name);
			return seq_text_end(p, start);
		}
	}
	trace_seq_printf(p, "0x%lx", val);
	return seq_text_end(p, start);
}
EXPORT_SYMBOL(trace_print_symbols_seq);

/**
 * trace_print_bitmask_seq - a bitmask as a hex mask ("ff,00000001")
 * @p: the helpers' scratch
 * @bitmask_ptr: the bits (unsigned longs)
 * @bitmask_size: its size in bytes
 *
 * Return: the text.
 */
const char *trace_print_bitmask_seq(struct trace_seq *p, void *bitmask_ptr,
				    unsigned int bitmask_size)
{
	const char *start = trace_seq_buffer_ptr(p);

	trace_seq_bitmask(p, bitmask_ptr, bitmask_size * 8);
	return seq_text_end(p, start);
}
EXPORT_SYMBOL_GPL(trace_print_bitmask_seq);

/**
 * trace_print_hex_seq - bytes in hex
 * @p: the helpers' scratch
 * @buf: the bytes
 * @len: how many
 * @concatenate: "0a1b" rather than "0a 1b"
 *
 * Return: the text.
 */
const char *trace_print_hex_seq(struct trace_seq *p, const unsigned char *buf,
				int len, bool concatenate)
{
	const char *start = trace_seq_buffer_ptr(p);
	int i;

	for (i = 0; i < len; i++)
		trace_seq_printf(p, "%s%02x", concatenate || !i ? "" : " ",
				 buf[i]);
	return seq_text_end(p, start);
}
EXPORT_SYMBOL(trace_print_hex_seq);

/**
 * trace_print_array_seq - an array of integers, "{0x1,0x2}"
 * @p: the helpers' scratch
 * @buf: the array
 * @count: its elements
 * @el_size: bytes per element: 1, 2, 4 or 8
 *
 * Return: the text.
 */
const char *trace_print_array_seq(struct trace_seq *p, const void *buf,
				  int count, size_t el_size)
{
	const char *start = trace_seq_buffer_ptr(p);
	const u8 *ptr = buf;
	int i;

	trace_seq_putc(p, '{');
	for (i = 0; i < count; i++, ptr += el_size) {
		const char *sep = i ? "," : "";

		switch (el_size) {
		case 1:
			trace_seq_printf(p, "%s0x%x", sep, *ptr);
			break;
		case 2:
			trace_seq_printf(p, "%s0x%x", sep, get_unaligned((u16 *)ptr));
			break;
		case 4:
			trace_seq_printf(p, "%s0x%x", sep, get_unaligned((u32 *)ptr));
			break;
		case 8:
			trace_seq_printf(p, "%s0x%llx", sep,
					 get_unaligned((u64 *)ptr));
			break;
		default:
			trace_seq_printf(p, "BAD SIZE:%zu 0x%x", el_size, *ptr);
			i = count;
			break;
		}
	}
	trace_seq_putc(p, '}');
	return seq_text_end(p, start);
}
EXPORT_SYMBOL(trace_print_array_seq);

/**
 * trace_print_hex_dump_seq - a hex dump on lines of its own
 * @p: the helpers' scratch
 * @prefix_str: @prefix_type and the rest: as print_hex_dump()
 * @prefix_type: DUMP_PREFIX_*
 * @rowsize: bytes per line
 * @groupsize: bytes per group
 * @buf: the bytes
 * @len: how many
 * @ascii: add the printable characters
 *
 * Return: the text, which starts with a newline.
 */
const char *trace_print_hex_dump_seq(struct trace_seq *p,
				     const char *prefix_str, int prefix_type,
				     int rowsize, int groupsize,
				     const void *buf, size_t len, bool ascii)
{
	const char *start = trace_seq_buffer_ptr(p);

	trace_seq_putc(p, '\n');
	trace_seq_hex_dump(p, prefix_str, prefix_type, rowsize, groupsize,
			   buf, len, ascii);
	return seq_text_end(p, start);
}
EXPORT_SYMBOL(trace_print_hex_dump_seq);
