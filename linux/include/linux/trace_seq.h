/* SPDX-License-Identifier: GPL-2.0 */
/*
 * trace_seq: a one-page text buffer that event output is formatted into.
 *
 * Every writer returns void. A write that does not fit whole is not made
 * at all and sets a sticky overflow flag; the caller checks
 * trace_seq_has_overflowed() once at the end and retries the whole record
 * later (or gives up on it). So a record is never printed half.
 */
#ifndef _LINUX_TRACE_SEQ_H
#define _LINUX_TRACE_SEQ_H

#include <linux/seq_buf.h>
#include <linux/fs.h>

#define TRACE_SEQ_BUFFER_SIZE	(PAGE_SIZE * 2 - \
	(sizeof(struct seq_buf) + sizeof(size_t) + sizeof(int)))

struct trace_seq {
	char			buffer[TRACE_SEQ_BUFFER_SIZE];
	struct seq_buf		seq;
	size_t			readpos;	/* bytes already copied out */
	int			full;		/* sticky overflow flag */
};

static inline void trace_seq_init(struct trace_seq *s)
{
	seq_buf_init(&s->seq, s->buffer, TRACE_SEQ_BUFFER_SIZE);
	s->full = 0;
	s->readpos = 0;
}

/* Bytes written so far. */
static inline int trace_seq_used(struct trace_seq *s)
{
	return seq_buf_used(&s->seq);
}

/* Where the next byte would go (for callers that build text in place). */
static inline char *trace_seq_buffer_ptr(struct trace_seq *s)
{
	return s->buffer + seq_buf_used(&s->seq);
}

static inline bool trace_seq_has_overflowed(struct trace_seq *s)
{
	return s->full || seq_buf_has_overflowed(&s->seq);
}

#ifdef CONFIG_TRACING
__printf(2, 3) void trace_seq_printf(struct trace_seq *s, const char *fmt, ...);
__printf(2, 0) void trace_seq_vprintf(struct trace_seq *s, const char *fmt,
				     va_list args);
/* Format @fmt with arguments packed by vbin_printf() in @binary. */
__printf(2, 0) void trace_seq_bprintf(struct trace_seq *s, const char *fmt,
				     const u32 *binary);
void trace_seq_puts(struct trace_seq *s, const char *str);
void trace_seq_putc(struct trace_seq *s, unsigned char c);
void trace_seq_putmem(struct trace_seq *s, const void *mem, unsigned int len);
/* Hex of @mem, most significant byte first, then a space. */
void trace_seq_putmem_hex(struct trace_seq *s, const void *mem,
			  unsigned int len);
int trace_seq_path(struct trace_seq *s, const struct path *path);
void trace_seq_bitmask(struct trace_seq *s, const unsigned long *maskp,
		       int nmaskbits);
int trace_seq_hex_dump(struct trace_seq *s, const char *prefix_str,
		       int prefix_type, int rowsize, int groupsize,
		       const void *buf, size_t len, bool ascii);
/* Reserve @len bytes to fill in directly; NULL (and overflow) if no room. */
char *trace_seq_acquire(struct trace_seq *s, unsigned int len);

/* Copy out what is not yet read. Return: 0 or -EFAULT / -EBUSY. */
int trace_print_seq(struct seq_file *m, struct trace_seq *s);
/* Return: bytes copied, -EBUSY when nothing is left, -EFAULT. */
int trace_seq_to_user(struct trace_seq *s, char __user *ubuf, int cnt);
#else
static inline __printf(2, 3)
void trace_seq_printf(struct trace_seq *s, const char *fmt, ...) { }
static inline void trace_seq_puts(struct trace_seq *s, const char *str) { }
static inline void trace_seq_putc(struct trace_seq *s, unsigned char c) { }
#endif

#endif /* _LINUX_TRACE_SEQ_H */
