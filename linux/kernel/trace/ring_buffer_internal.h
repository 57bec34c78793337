/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Private layout of the tracing ring buffer, shared by ring_buffer.c
 * (writers, setup, statistics), ring_buffer_read.c (readers) and the
 * boot self-test. The theory of operation is at the top of ring_buffer.c;
 * this header only names the pieces and holds the small inlines that
 * both sides need to decode records.
 */
#ifndef _KERNEL_TRACE_RING_BUFFER_INTERNAL_H
#define _KERNEL_TRACE_RING_BUFFER_INTERNAL_H

#include <linux/ring_buffer.h>
#include <linux/irq_work.h>
#include <linux/spinlock.h>
#include <linux/mutex.h>
#include <linux/wait.h>
#include <asm/local.h>

/*
 * struct rb_data_page - one sub-buffer as user space sees it
 * (events/header_page): the time stamp of its first record, the number
 * of bytes committed in @data, then the records. @commit is written by
 * the writer CPU with a store-release and read with a load-acquire.
 */
struct rb_data_page {
	u64		time_stamp;
	unsigned long	commit;
	unsigned char	data[];
};

#define RB_PAGE_HDR	offsetof(struct rb_data_page, data)
#define RB_PAGE_DATA	(PAGE_SIZE - RB_PAGE_HDR)	/* 4080 on x86 */

/* Record sizes. */
#define RB_ALIGN		4U
#define RB_HDR_LEN		4U	/* struct ring_buffer_event header */
#define RB_TIME_LEN		8U	/* TIME_EXTEND / TIME_STAMP record */
#define RB_SMALL_MAX		(RB_ALIGN * RINGBUF_TYPE_DATA_TYPE_LEN_MAX)

/* The 27-bit time_delta field, and what spills into array[0]. */
#define RB_TS_SHIFT		27
#define RB_TS_MASK		((1ULL << RB_TS_SHIFT) - 1)
/* An absolute TIME_STAMP holds 59 bits; the top 5 come from the page. */
#define RB_TS_MSB		(~0ULL << (RB_TS_SHIFT + 32))

/*
 * The page write word, struct rb_page.write (a local_t, touched only by
 * writers on the page's CPU):
 *
 *	bits 63..20	generation	bumped each time the page is reused
 *	bits 19..0	offset		bytes reserved in the data area; may
 *					run past RB_PAGE_DATA when a
 *					reservation overflowed the page
 *
 * The generation makes a reset recognisable: a mover that read the word
 * before it was interrupted fails its cmpxchg if a nested writer reset
 * the page meanwhile, even if that writer left the offset at 0.
 * The entries word (struct rb_page.entries) has the same layout with a
 * record count in place of the offset.
 */
#define RB_W_OFF_BITS		20
#define RB_W_OFF_MASK		((1UL << RB_W_OFF_BITS) - 1)
#define RB_W_GEN_ONE		(1UL << RB_W_OFF_BITS)
#define RB_W_GEN_MASK		(~RB_W_OFF_MASK)
#define rb_w_off(w)		((unsigned long)(w) & RB_W_OFF_MASK)
#define rb_w_gen(w)		((unsigned long)(w) & RB_W_GEN_MASK)
#define rb_w_next_gen(w)	(rb_w_gen(w) + RB_W_GEN_ONE)

/*
 * A page position word, used for the tail (W) and the commit (C):
 *
 *	bits 63..24	seq	sequence number of the page (monotonic)
 *	bits 23..0	id	index of its descriptor in rb_cpu.pages[]
 *
 * One word, so that a nested writer or a remote reader never sees the
 * sequence number of one page paired with another page.
 */
#define RB_P_ID_BITS		24
#define RB_P_ID_MASK		((1UL << RB_P_ID_BITS) - 1)
#define RB_P_MAX_PAGES		RB_P_ID_MASK
#define rb_p_id(p)		((unsigned int)((p) & RB_P_ID_MASK))
#define rb_p_seq(p)		((unsigned long)(p) >> RB_P_ID_BITS)
#define rb_p_make(seq, id)	(((unsigned long)(seq) << RB_P_ID_BITS) | (id))

/*
 * The head word, rb_cpu.head (H; an atomic_long_t written by the reader
 * and, in overwrite mode, by writers):
 *
 *	bits 63..1	seq	the oldest unread page in the ring
 *	bit  0		BUSY	the reader is swapping that page out
 */
#define RB_H_BUSY		1UL
#define rb_h_seq(h)		((unsigned long)(h) >> 1)
#define rb_h_make(seq)		((unsigned long)(seq) << 1)

/* Deepest writer nesting on one CPU (task, softirq, irq, NMI, + slack). */
#define RB_MAX_NEST		8

/*
 * struct rb_page - descriptor of one sub-buffer.
 * @write:	packed write word, see RB_W_*. Writers of this CPU only.
 * @entries:	packed generation | number of records reserved on the page.
 * @page:	the data. Replaced only by read_page on the reader's page.
 * @id:		index in rb_cpu.pages[].
 */
struct rb_page {
	local_t			write;
	local_t			entries;
	struct rb_data_page	*page;
	unsigned int		id;
};

/*
 * struct rb_waiters - sleepers on one CPU's data (or on any CPU's).
 * @work:	queued by writers, wakes @wq from a safe context.
 * @pending:	a waiter is asleep; writers only queue @work when set.
 * @full:	smallest fill level (percent) a sleeper asked for.
 * @forced:	ring_buffer_wake_waiters() was called.
 * @wakeups:	count of forced wake-ups, so a waiter sees one it slept through.
 */
struct rb_waiters {
	struct irq_work		work;
	wait_queue_head_t	wq;
	struct trace_buffer	*buffer;
	int			cpu;
	bool			pending;
	bool			forced;
	int			full;
	unsigned long		wakeups;
};

/*
 * struct rb_cpu - one CPU's ring. Field groups by who writes them; see the
 * theory of operation in ring_buffer.c for the protocol.
 */
struct rb_cpu {
	/* Written by writers on this CPU only (local_t: nest-safe). */
	local_t			tail;		/* W: rb_p_make(seq, id) */
	unsigned long		commit;		/* C: rb_p_make(seq, id), release */
	local_t			committing;	/* writer nesting depth */
	local_t			commits;	/* reservations started */
	unsigned long		last_pos;	/* end of the last record... */
	u64			last_ts;	/* ...and its time stamp */
	local_t			written;	/* records reserved (minus discards) */
	local_t			overrun;	/* records overwritten */
	local_t			commit_overrun;	/* dropped: commit page in the way */
	local_t			dropped;	/* dropped: full or reader busy */
	local_t			written_bytes;	/* bytes committed */
	local_t			overrun_bytes;	/* bytes overwritten */
	struct rb_page		*nest_page[RB_MAX_NEST];

	/* Shared with the reader. */
	atomic_long_t		head;		/* H: rb_h_make(seq) | BUSY */
	unsigned int		*slots;		/* seq s lives in slots[s % nr] */
	struct rb_page		**pages;	/* nr + 1 descriptors, by id */
	unsigned int		nr;		/* pages in the ring */
	atomic_t		record_disabled;
	atomic_t		iterators;	/* open iterators (block resize) */
	struct trace_buffer	*buffer;
	int			cpu;

	/* Reader side, under reader_lock. */
	raw_spinlock_t		reader_lock ____cacheline_aligned_in_smp;
	unsigned int		reader_id;	/* the page outside the ring */
	unsigned int		reader_read;	/* offset of the next record */
	unsigned long		reader_seq;	/* seq it had in the ring */
	u64			read_stamp;	/* time of the record before it */
	unsigned long		reader_gen;	/* bumped on every consume/swap */
	unsigned long		read_events;
	unsigned long		read_bytes;
	unsigned long		lost_seen;	/* lost records already reported */

	struct rb_waiters	waiters;
};

/*
 * struct trace_buffer - the whole buffer.
 * @record_disabled: nesting count of ring_buffer_record_disable(), plus
 *	RB_REC_OFF for ring_buffer_record_off(). Writers need it zero.
 * @mutex: serializes resize, reset and free of the per-CPU rings.
 */
struct trace_buffer {
	unsigned int		flags;
	atomic_t		record_disabled;
	u64			(*clock)(void);
	struct rb_cpu		**cpus;
	struct mutex		mutex;
	struct rb_waiters	waiters;	/* RING_BUFFER_ALL_CPUS sleepers */
};

#define RB_REC_OFF		(1 << 30)

static inline struct rb_page *rb_desc(struct rb_cpu *cb, unsigned int id)
{
	return cb->pages[id];
}

/* The per-CPU ring of @cpu, or NULL when @cpu is not a possible CPU. */
static inline struct rb_cpu *rb_cpu_of(struct trace_buffer *buffer, int cpu)
{
	if (cpu < 0 || cpu >= nr_cpu_ids || !cpu_possible(cpu))
		return NULL;
	return buffer->cpus[cpu];
}

/* Committed bytes of a data page; pairs with rb_commit_publish(). */
static inline unsigned long rb_commit_read(struct rb_data_page *dp)
{
	/* R5: pairs with the store-release of E */
	return smp_load_acquire(&dp->commit);
}

/* Payload length after rounding, and the size of its data record. */
static inline unsigned int rb_data_record_len(unsigned long length)
{
	unsigned int len = ALIGN(length ? length : 1, RB_ALIGN);

	return len > RB_SMALL_MAX ? len + RB_HDR_LEN + 4 : len + RB_HDR_LEN;
}

/*
 * Total size of the record at @ev, @room bytes before the end of the
 * committed data. A padding record that is the last thing in the data may
 * be a bare 4-byte header; every other padding carries its length.
 */
static inline unsigned int rb_record_len(struct ring_buffer_event *ev,
					 unsigned int room)
{
	switch (ev->type_len) {
	case RINGBUF_TYPE_PADDING:
		return room < 8 ? room : ev->array[0] + RB_HDR_LEN;
	case RINGBUF_TYPE_TIME_EXTEND:
	case RINGBUF_TYPE_TIME_STAMP:
		return RB_TIME_LEN;
	case 0:
		return ev->array[0] + RB_HDR_LEN;
	default:
		return ev->type_len * RB_ALIGN + RB_HDR_LEN;
	}
}

static inline u64 rb_time_ext_delta(struct ring_buffer_event *ev)
{
	return ev->time_delta | ((u64)ev->array[0] << RB_TS_SHIFT);
}

/* An absolute TIME_STAMP record, completed with the page's top bits. */
static inline u64 rb_time_stamp_abs(struct ring_buffer_event *ev,
				    u64 page_ts)
{
	return (page_ts & RB_TS_MSB) | rb_time_ext_delta(ev);
}

/*
 * Step a running time stamp over the record at @ev. Returns true if @ev
 * is a data record (whose time is then *@stamp).
 */
static inline bool rb_step_stamp(struct ring_buffer_event *ev, u64 page_ts,
				 u64 *stamp)
{
	switch (ev->type_len) {
	case RINGBUF_TYPE_TIME_EXTEND:
		*stamp += rb_time_ext_delta(ev);
		return false;
	case RINGBUF_TYPE_TIME_STAMP:
		*stamp = rb_time_stamp_abs(ev, page_ts);
		return false;
	case RINGBUF_TYPE_PADDING:
		*stamp += ev->time_delta;
		return false;
	default:
		*stamp += ev->time_delta;
		return true;
	}
}

/* Records lost on @cb that no reader has been told about yet. */
static inline unsigned long rb_lost_pending(struct rb_cpu *cb)
{
	/*
	 * Only records that were written and then overwritten count as lost
	 * to the reader, as upstream reports them. Records never written
	 * (dropped when full, commit overruns) leave no gap between the
	 * records a reader sees; the stats file counts them.
	 */
	return local_read(&cb->overrun) - cb->lost_seen;
}

/* Shared between ring_buffer.c and ring_buffer_read.c. */
void rb_warn_disable(struct rb_cpu *cb, const char *what);
void rb_waiters_init(struct rb_waiters *w, struct trace_buffer *buffer, int cpu);

#endif /* _KERNEL_TRACE_RING_BUFFER_INTERNAL_H */
