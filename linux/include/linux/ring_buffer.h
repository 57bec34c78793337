/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The tracing ring buffer: per-CPU, lockless for writers, one reader per
 * CPU at a time.
 *
 * Writers reserve space on the current CPU, fill it and commit. They may
 * nest (task, softirq, irq, NMI on one CPU). Readers consume events in
 * order (peek/consume), walk them without consuming (iterators), or take
 * whole pages (read_page, for trace_pipe_raw and trace-cmd).
 *
 * struct trace_buffer is opaque: only kernel/trace/ring_buffer*.c know its
 * layout. The record layout below is ABI: trace_pipe_raw hands out pages
 * in this format, and events/header_page and events/header_event describe
 * it to user space.
 */
#ifndef _LINUX_RING_BUFFER_H
#define _LINUX_RING_BUFFER_H

#include <linux/types.h>
#include <linux/poll.h>
#include <linux/seq_file.h>
#include <linux/mm.h>

struct trace_buffer;
struct ring_buffer_iter;
struct trace_seq;

/*
 * struct ring_buffer_event - the 4-byte header in front of every record.
 *
 *	bits  0..4	type_len	(enum ring_buffer_type, or data length/4)
 *	bits  5..31	time_delta	time since the previous record, in clock
 *					units, or low 27 bits of a time stamp
 *
 * A data record has type_len 1..28 (payload type_len * 4 bytes, starting
 * at array[0]) or 0 (payload length in array[0], payload from array[1]).
 * Records are 4-byte aligned.
 */
struct ring_buffer_event {
	u32		type_len:5, time_delta:27;
	u32		array[];
};

/*
 * enum ring_buffer_type - special type_len values.
 * @RINGBUF_TYPE_PADDING: rest of a page, or a discarded record. With
 *	time_delta 0 it runs to the end of the page; otherwise array[0] is
 *	its total length.
 * @RINGBUF_TYPE_TIME_EXTEND: the time delta does not fit 27 bits:
 *	delta = time_delta | array[0] << 27. 8 bytes.
 * @RINGBUF_TYPE_TIME_STAMP: an absolute time stamp, low 59 bits:
 *	ts = time_delta | array[0] << 27; the top bits come from the page
 *	time stamp. 8 bytes.
 */
enum ring_buffer_type {
	RINGBUF_TYPE_DATA_TYPE_LEN_MAX = 28,
	RINGBUF_TYPE_PADDING,
	RINGBUF_TYPE_TIME_EXTEND,
	RINGBUF_TYPE_TIME_STAMP,
};

#define RING_BUFFER_ALL_CPUS	-1

/* ring_buffer_alloc() flags */
#define RB_FL_OVERWRITE		(1 << 0)	/* full: drop oldest, not newest */

/* Context of the setup calls: process context, may sleep. */
struct trace_buffer *ring_buffer_alloc(unsigned long size, unsigned int flags);
void ring_buffer_free(struct trace_buffer *buffer);

/*
 * ring_buffer_resize - set the size of one CPU's buffer, or of all.
 * @size is in bytes and is rounded up to whole pages (at least two).
 * Recorded data is kept; when shrinking below what is recorded, the
 * oldest pages go and count as overrun. Writers on the resized CPUs are
 * held off for the duration (their events are dropped and counted).
 * Return: 0, -ENOMEM, -EINVAL (bad cpu).
 */
int ring_buffer_resize(struct trace_buffer *buffer, unsigned long size,
		       int cpu);
unsigned long ring_buffer_size(struct trace_buffer *buffer, int cpu);
void ring_buffer_change_overwrite(struct trace_buffer *buffer, int val);
void ring_buffer_set_clock(struct trace_buffer *buffer, u64 (*clock)(void));
/* Current time on @buffer's clock. Context: any. */
u64 ring_buffer_time_stamp(struct trace_buffer *buffer);
/* Largest payload one record may carry. */
unsigned long ring_buffer_max_event_size(struct trace_buffer *buffer);

/*
 * Writer side. Context: any, NMI included; preemption is disabled by
 * reserve and enabled again by commit, so nothing in between may sleep.
 * A reserve must be followed by exactly one commit (or discard) on the
 * same CPU before the caller returns to the context it interrupted.
 * Returns NULL when recording is off, the CPU has no buffer, the record
 * is too big, or (producer-consumer mode) the buffer is full.
 */
struct ring_buffer_event *ring_buffer_lock_reserve(struct trace_buffer *buffer,
						   unsigned long length);
int ring_buffer_unlock_commit(struct trace_buffer *buffer);
/* Drop a reserved record instead of committing it (filters). */
void ring_buffer_discard_commit(struct trace_buffer *buffer,
				struct ring_buffer_event *event);
/* Reserve, copy @data, commit. Return: 0 or -EBUSY when nothing written. */
int ring_buffer_write(struct trace_buffer *buffer, unsigned long length,
		      void *data);

void *ring_buffer_event_data(struct ring_buffer_event *event);
unsigned int ring_buffer_event_length(struct ring_buffer_event *event);

/*
 * Recording switches. disable/enable nest (a counter, for short critical
 * sections of the tracing core); off/on is the user's switch. Context: any.
 */
void ring_buffer_record_disable(struct trace_buffer *buffer);
void ring_buffer_record_enable(struct trace_buffer *buffer);
void ring_buffer_record_off(struct trace_buffer *buffer);
void ring_buffer_record_on(struct trace_buffer *buffer);
bool ring_buffer_record_is_on(struct trace_buffer *buffer);
void ring_buffer_record_disable_cpu(struct trace_buffer *buffer, int cpu);
void ring_buffer_record_enable_cpu(struct trace_buffer *buffer, int cpu);

/*
 * Consuming reads. Context: any but NMI; readers of one CPU serialize on
 * a per-CPU lock inside. @ts gets the record's time stamp; @lost_events
 * (may be NULL) gets the number of records lost since the previous read
 * on this CPU (overwritten or dropped), reported once.
 */
struct ring_buffer_event *ring_buffer_peek(struct trace_buffer *buffer, int cpu,
					   u64 *ts, unsigned long *lost_events);
struct ring_buffer_event *ring_buffer_consume(struct trace_buffer *buffer,
					      int cpu, u64 *ts,
					      unsigned long *lost_events);
bool ring_buffer_empty(struct trace_buffer *buffer);
bool ring_buffer_empty_cpu(struct trace_buffer *buffer, int cpu);

/* Throw away everything recorded. Context: process, may sleep. */
void ring_buffer_reset_cpu(struct trace_buffer *buffer, int cpu);
void ring_buffer_reset(struct trace_buffer *buffer);

/*
 * Non-consuming iteration over one CPU (the "trace" file). Writers are
 * held off on that CPU from read_start to read_finish, so the walk sees
 * a still picture. Context: process, may sleep (read_start).
 */
struct ring_buffer_iter *ring_buffer_read_start(struct trace_buffer *buffer,
						int cpu, gfp_t flags);
void ring_buffer_read_finish(struct ring_buffer_iter *iter);
struct ring_buffer_event *ring_buffer_iter_peek(struct ring_buffer_iter *iter,
						u64 *ts);
void ring_buffer_iter_advance(struct ring_buffer_iter *iter);
void ring_buffer_iter_reset(struct ring_buffer_iter *iter);
bool ring_buffer_iter_empty(struct ring_buffer_iter *iter);

/*
 * Whole-page reads (trace_pipe_raw). A read page is laid out as
 * events/header_page describes: u64 time stamp, long commit, data.
 * The commit word's top bits flag lost events:
 */
#define RB_MISSED_EVENTS	(1UL << 31)	/* records lost before this page */
#define RB_MISSED_STORED	(1UL << 30)	/* their count follows the data */

void *ring_buffer_alloc_read_page(struct trace_buffer *buffer, int cpu);
void ring_buffer_free_read_page(struct trace_buffer *buffer, int cpu,
				void *data);
/*
 * ring_buffer_read_page - move consumed records into *@data_page.
 * Takes up to @len bytes (at least a page when @full). It may swap the
 * caller's page with a buffer page instead of copying.
 * Return: offset of the first record read in the page (>= 0), or -1 when
 * there is nothing (or, with @full, not yet a whole page) to read.
 */
int ring_buffer_read_page(struct trace_buffer *buffer, void **data_page,
			  size_t len, int cpu, int full);
/* Bytes of records in a page returned by ring_buffer_read_page(). */
size_t ring_buffer_page_len(void *page);
/* Size of a buffer page, header included. */
size_t ring_buffer_subbuf_size(struct trace_buffer *buffer);

/* Per-CPU statistics (per_cpu/cpuN/stats). Context: any but NMI. */
unsigned long ring_buffer_entries_cpu(struct trace_buffer *buffer, int cpu);
unsigned long ring_buffer_overrun_cpu(struct trace_buffer *buffer, int cpu);
unsigned long ring_buffer_commit_overrun_cpu(struct trace_buffer *buffer,
					     int cpu);
unsigned long ring_buffer_dropped_events_cpu(struct trace_buffer *buffer,
					     int cpu);
unsigned long ring_buffer_read_events_cpu(struct trace_buffer *buffer, int cpu);
unsigned long ring_buffer_bytes_cpu(struct trace_buffer *buffer, int cpu);
/* Records ever committed on @cpu (entries + overrun + read). */
unsigned long ring_buffer_written_cpu(struct trace_buffer *buffer, int cpu);
u64 ring_buffer_oldest_event_ts(struct trace_buffer *buffer, int cpu);
unsigned long ring_buffer_entries(struct trace_buffer *buffer);
unsigned long ring_buffer_overruns(struct trace_buffer *buffer);

/*
 * Waiting for data. @full is a fill level in percent: 0 wakes on any
 * record, 100 only on a full buffer. Writers never wake anyone directly;
 * they queue an irq_work. Context: process, may sleep.
 * ring_buffer_wait() returns 0 when data is there (or a wake-up was
 * forced), -EINTR on a signal.
 */
int ring_buffer_wait(struct trace_buffer *buffer, int cpu, int full);
__poll_t ring_buffer_poll_wait(struct trace_buffer *buffer, int cpu,
			       struct file *filp, poll_table *poll_table,
			       int full);
/* Wake every waiter on @cpu (or all CPUs), e.g. on close or tracing off. */
void ring_buffer_wake_waiters(struct trace_buffer *buffer, int cpu);
/* True when @cpu's fill level is at least @full percent. */
bool ring_buffer_full_enough(struct trace_buffer *buffer, int cpu, int full);

/* events/header_page. */
int ring_buffer_print_page_header(struct trace_buffer *buffer,
				  struct trace_seq *s);
/* events/header_event. */
int ring_buffer_print_entry_header(struct trace_seq *s);

/* Exchange one CPU's pages between two buffers of equal size (snapshot). */
int ring_buffer_swap_cpu(struct trace_buffer *buffer_a,
			 struct trace_buffer *buffer_b, int cpu);

#endif /* _LINUX_RING_BUFFER_H */
