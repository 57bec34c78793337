// SPDX-License-Identifier: GPL-2.0
/*
 * trace_seq: bounded text output for trace records.
 *
 * Each call is all or nothing: the seq_buf length is remembered, the write
 * is attempted, and if it overflowed the length is put back and the sticky
 * "full" flag set. Once full, every later write is a no-op, so a caller
 * formats a whole record and checks trace_seq_has_overflowed() once.
 *
 * Context: any the caller's buffer allows; nothing here sleeps except
 * the copies to user space.
 */
#include <linux/trace_seq.h>
#include <linux/seq_file.h>
#include <linux/uaccess.h>
#include <linux/export.h>
#include <linux/bitmap.h>

/* Begin a write: false if the buffer already overflowed. */
static bool ts_begin(struct trace_seq *s, unsigned int *save)
{
	if (!s->seq.size)
		trace_seq_init(s);
	if (s->full)
		return false;
	*save = s->seq.len;
	return true;
}

/* End a write: undo it if it did not fit. */
static void ts_end(struct trace_seq *s, unsigned int save)
{
	if (seq_buf_has_overflowed(&s->seq)) {
		s->seq.len = save;
		s->full = 1;
	}
}

void trace_seq_vprintf(struct trace_seq *s, const char *fmt, va_list args)
{
	unsigned int save;

	if (!ts_begin(s, &save))
		return;
	seq_buf_vprintf(&s->seq, fmt, args);
	ts_end(s, save);
}
EXPORT_SYMBOL_GPL(trace_seq_vprintf);

void trace_seq_printf(struct trace_seq *s, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	trace_seq_vprintf(s, fmt, ap);
	va_end(ap);
}
EXPORT_SYMBOL_GPL(trace_seq_printf);

void trace_seq_bprintf(struct trace_seq *s, const char *fmt, const u32 *binary)
{
	unsigned int save;

	if (!ts_begin(s, &save))
		return;
	seq_buf_bprintf(&s->seq, fmt, binary);
	ts_end(s, save);
}
EXPORT_SYMBOL_GPL(trace_seq_bprintf);

void trace_seq_puts(struct trace_seq *s, const char *str)
{
	unsigned int save;

	if (!ts_begin(s, &save))
		return;
	seq_buf_puts(&s->seq, str);
	ts_end(s, save);
}
EXPORT_SYMBOL_GPL(trace_seq_puts);

void trace_seq_putc(struct trace_seq *s, unsigned char c)
{
	unsigned int save;

	if (!ts_begin(s, &save))
		return;
	seq_buf_putc(&s->seq, c);
	ts_end(s, save);
}
EXPORT_SYMBOL_GPL(trace_seq_putc);

void trace_seq_putmem(struct trace_seq *s, const void *mem, unsigned int len)
{
	unsigned int save;

	if (!ts_begin(s, &save))
		return;
	seq_buf_putmem(&s->seq, mem, len);
	ts_end(s, save);
}
EXPORT_SYMBOL_GPL(trace_seq_putmem);

void trace_seq_putmem_hex(struct trace_seq *s, const void *mem,
			  unsigned int len)
{
	unsigned int save;

	if (!ts_begin(s, &save))
		return;
	seq_buf_putmem_hex(&s->seq, mem, len);
	ts_end(s, save);
}
EXPORT_SYMBOL_GPL(trace_seq_putmem_hex);

int trace_seq_path(struct trace_seq *s, const struct path *path)
{
	unsigned int save;

	if (!ts_begin(s, &save))
		return 0;
	seq_buf_path(&s->seq, path, "\n");
	ts_end(s, save);
	return !s->full;
}
EXPORT_SYMBOL_GPL(trace_seq_path);

void trace_seq_bitmask(struct trace_seq *s, const unsigned long *maskp,
		       int nmaskbits)
{
	unsigned int save;

	if (!ts_begin(s, &save))
		return;
	seq_buf_printf(&s->seq, "%*pb", nmaskbits, maskp);
	ts_end(s, save);
}
EXPORT_SYMBOL_GPL(trace_seq_bitmask);

int trace_seq_hex_dump(struct trace_seq *s, const char *prefix_str,
		       int prefix_type, int rowsize, int groupsize,
		       const void *buf, size_t len, bool ascii)
{
	unsigned int save;

	if (!ts_begin(s, &save))
		return 0;
	seq_buf_hex_dump(&s->seq, prefix_str, prefix_type, rowsize, groupsize,
			 buf, len, ascii);
	ts_end(s, save);
	return !s->full;
}
EXPORT_SYMBOL_GPL(trace_seq_hex_dump);

char *trace_seq_acquire(struct trace_seq *s, unsigned int len)
{
	unsigned int save;
	char *p;

	if (!ts_begin(s, &save))
		return NULL;
	if (seq_buf_buffer_left(&s->seq) < len) {
		s->full = 1;
		return NULL;
	}
	p = s->buffer + save;
	seq_buf_commit(&s->seq, len);
	return p;
}
EXPORT_SYMBOL_GPL(trace_seq_acquire);

int trace_print_seq(struct seq_file *m, struct trace_seq *s)
{
	int ret;

	if (!s->seq.size)
		trace_seq_init(s);
	ret = seq_buf_print_seq(m, &s->seq);
	/* Only start over when seq_file took it all; else it retries. */
	if (!ret)
		trace_seq_init(s);
	return ret;
}

int trace_seq_to_user(struct trace_seq *s, char __user *ubuf, int cnt)
{
	int ret;

	if (!s->seq.size)
		trace_seq_init(s);
	ret = seq_buf_to_user(&s->seq, ubuf, s->readpos, cnt);
	if (ret > 0)
		s->readpos += ret;
	return ret;
}
EXPORT_SYMBOL_GPL(trace_seq_to_user);
