// SPDX-License-Identifier: GPL-2.0
/*
 * The tracing ring buffer, reader side: taking the head page out of the
 * ring (steps R1..R5 of the theory of operation in ring_buffer.c),
 * consuming reads, whole-page reads, non-consuming iterators, and the
 * sleepers that wait for data.
 *
 * One reader per CPU at a time: every function here that touches a CPU's
 * reader state takes that CPU's reader_lock (a raw spinlock, interrupts
 * off), so the reader may run in any context but NMI. Writers never take
 * it. Lock order: buffer->mutex, then reader_lock.
 */
#include <linux/ring_buffer.h>
#include <linux/slab.h>
#include <linux/export.h>
#include <linux/sched/signal.h>

#include "ring_buffer_internal.h"

/*
 * Take the head page h out of the ring in exchange for the reader's page,
 * if h is committed (h <= C). Return true if the reader page has data to
 * read afterwards (or had some after all).
 */
static bool rb_swap_reader_page(struct rb_cpu *cb)
{
	struct rb_page *rp = rb_desc(cb, cb->reader_id);
	unsigned long cw, hw, h;
	unsigned int nid;

	lockdep_assert_held(&cb->reader_lock);
	for (;;) {
		/* R1: pairs with the store-release of C in F. */
		cw = smp_load_acquire(&cb->commit);
		/*
		 * Re-read our page's commit after C: once C has moved past
		 * our page its commit is final (interleaving 6).
		 */
		if (cb->reader_read < rb_commit_read(rp->page))
			return true;
		hw = atomic_long_read(&cb->head);
		h = rb_h_seq(hw);
		if (h > rb_p_seq(cw))
			return false;
		/* R2: pairs with the writer's push of H in D1. */
		if (atomic_long_cmpxchg(&cb->head, hw, hw | RB_H_BUSY) != hw)
			continue;
		nid = xchg(&cb->slots[h % cb->nr], cb->reader_id);	/* R3 */
		/* R4: pairs with the load-acquire of H in D. */
		atomic_long_set_release(&cb->head, rb_h_make(h + 1));

		rp = rb_desc(cb, nid);
		cb->reader_id = nid;
		cb->reader_seq = h;
		cb->reader_read = 0;
		cb->read_stamp = READ_ONCE(rp->page->time_stamp);
		cb->reader_gen++;
		if (rb_commit_read(rp->page))
			return true;
	}
}

/*
 * The next data record on the reader side, or NULL. Padding and time
 * records in front of it are consumed on the way (they carry no data).
 * R5: the page's commit is loaded with acquire, pairing with E/F.
 */
static struct ring_buffer_event *rb_reader_peek(struct rb_cpu *cb, u64 *ts)
{
	struct ring_buffer_event *ev;
	struct rb_data_page *dp;
	unsigned long commit;
	unsigned int len;
	u64 stamp;

	lockdep_assert_held(&cb->reader_lock);
	for (;;) {
		dp = rb_desc(cb, cb->reader_id)->page;
		commit = rb_commit_read(dp);
		if (cb->reader_read >= commit) {
			if (!rb_swap_reader_page(cb))
				return NULL;
			continue;
		}
		ev = (void *)&dp->data[cb->reader_read];
		len = rb_record_len(ev, commit - cb->reader_read);
		if (unlikely(len < RB_HDR_LEN || len % RB_ALIGN ||
			     cb->reader_read + len > commit)) {
			rb_warn_disable(cb, "corrupt record");
			return NULL;
		}
		stamp = cb->read_stamp;
		if (rb_step_stamp(ev, dp->time_stamp, &stamp)) {
			if (ts)
				*ts = stamp;
			return ev;
		}
		cb->read_stamp = stamp;
		cb->reader_read += len;
		cb->read_bytes += len;
	}
}

/* Consume @ev, which rb_reader_peek() just returned with time @ts. */
static void rb_reader_consume(struct rb_cpu *cb, struct ring_buffer_event *ev,
			      u64 ts)
{
	unsigned int len = rb_record_len(ev, RB_PAGE_DATA);

	cb->reader_read += len;
	cb->read_bytes += len;
	cb->read_stamp = ts;
	WRITE_ONCE(cb->read_events, cb->read_events + 1);
	cb->reader_gen++;
}

/**
 * ring_buffer_peek - look at the next record of one CPU, not consuming it
 * @buffer: the buffer
 * @cpu: the CPU
 * @ts: set to the record's time stamp (may be NULL)
 * @lost_events: set to the records lost before it (may be NULL); the
 *	count is reported again by the ring_buffer_consume() that takes it
 *
 * Context: any but NMI.
 * Return: the record, valid until this CPU's next consuming read, or
 * NULL when there is none.
 */
struct ring_buffer_event *ring_buffer_peek(struct trace_buffer *buffer, int cpu,
					   u64 *ts, unsigned long *lost_events)
{
	struct rb_cpu *cb = rb_cpu_of(buffer, cpu);
	struct ring_buffer_event *ev;
	unsigned long flags;

	if (!cb)
		return NULL;
	raw_spin_lock_irqsave(&cb->reader_lock, flags);
	ev = rb_reader_peek(cb, ts);
	if (lost_events)
		*lost_events = ev ? rb_lost_pending(cb) : 0;
	raw_spin_unlock_irqrestore(&cb->reader_lock, flags);
	return ev;
}
EXPORT_SYMBOL_GPL(ring_buffer_peek);

/**
 * ring_buffer_consume - take the next record of one CPU
 * @buffer: the buffer
 * @cpu: the CPU
 * @ts: set to the record's time stamp (may be NULL)
 * @lost_events: set to the records overwritten since
 *	the previous consume on this CPU (may be NULL)
 *
 * Context: any but NMI.
 * Return: the record, valid until this CPU's next consuming read, or
 * NULL when there is none.
 */
struct ring_buffer_event *ring_buffer_consume(struct trace_buffer *buffer,
					      int cpu, u64 *ts,
					      unsigned long *lost_events)
{
	struct rb_cpu *cb = rb_cpu_of(buffer, cpu);
	struct ring_buffer_event *ev;
	unsigned long flags, lost = 0;
	u64 stamp = 0;

	if (!cb)
		return NULL;
	raw_spin_lock_irqsave(&cb->reader_lock, flags);
	ev = rb_reader_peek(cb, &stamp);
	if (ev) {
		rb_reader_consume(cb, ev, stamp);
		lost = rb_lost_pending(cb);
		cb->lost_seen += lost;
	}
	raw_spin_unlock_irqrestore(&cb->reader_lock, flags);
	if (ts)
		*ts = stamp;
	if (lost_events)
		*lost_events = lost;
	return ev;
}
EXPORT_SYMBOL_GPL(ring_buffer_consume);

/**
 * ring_buffer_empty_cpu - nothing to read on @cpu?
 * @buffer: the buffer
 * @cpu: the CPU
 *
 * Context: any but NMI.
 * Return: true when there is no record to read.
 */
bool ring_buffer_empty_cpu(struct trace_buffer *buffer, int cpu)
{
	struct rb_cpu *cb = rb_cpu_of(buffer, cpu);
	unsigned long flags;
	bool empty;

	if (!cb)
		return true;
	raw_spin_lock_irqsave(&cb->reader_lock, flags);
	empty = !rb_reader_peek(cb, NULL);
	raw_spin_unlock_irqrestore(&cb->reader_lock, flags);
	return empty;
}
EXPORT_SYMBOL_GPL(ring_buffer_empty_cpu);

/**
 * ring_buffer_empty - nothing to read on any CPU?
 * @buffer: the buffer
 *
 * Return: true when there is no record to read.
 */
bool ring_buffer_empty(struct trace_buffer *buffer)
{
	int cpu;

	for_each_possible_cpu(cpu)
		if (!ring_buffer_empty_cpu(buffer, cpu))
			return false;
	return true;
}
EXPORT_SYMBOL_GPL(ring_buffer_empty);

/**
 * ring_buffer_oldest_event_ts - time stamp of the next record to read
 * @buffer: the buffer
 * @cpu: the CPU
 *
 * Return: the time stamp, or 0 when there is no record.
 */
u64 ring_buffer_oldest_event_ts(struct trace_buffer *buffer, int cpu)
{
	u64 ts = 0;

	if (!ring_buffer_peek(buffer, cpu, &ts, NULL))
		return 0;
	return ts;
}
EXPORT_SYMBOL_GPL(ring_buffer_oldest_event_ts);

/* --- whole pages ----------------------------------------------------------- */

/**
 * ring_buffer_alloc_read_page - a page for ring_buffer_read_page()
 * @buffer: the buffer
 * @cpu: the CPU it will read (the page is allocated on its node)
 *
 * Context: process, sleeps.
 * Return: the page, or ERR_PTR(-ENOMEM) / ERR_PTR(-ENODEV).
 */
void *ring_buffer_alloc_read_page(struct trace_buffer *buffer, int cpu)
{
	struct rb_data_page *dp;
	struct page *p;

	if (!rb_cpu_of(buffer, cpu))
		return ERR_PTR(-ENODEV);
	p = alloc_pages_node(cpu_to_node(cpu), GFP_KERNEL | __GFP_ZERO, 0);
	if (!p)
		return ERR_PTR(-ENOMEM);
	dp = page_address(p);
	return dp;
}
EXPORT_SYMBOL_GPL(ring_buffer_alloc_read_page);

/**
 * ring_buffer_free_read_page - free a page from ring_buffer_alloc_read_page()
 * @buffer: the buffer
 * @cpu: the CPU
 * @data: the page (it may be another page of the same size that
 *	ring_buffer_read_page() swapped in)
 */
void ring_buffer_free_read_page(struct trace_buffer *buffer, int cpu,
				void *data)
{
	if (!IS_ERR_OR_NULL(data))
		free_page((unsigned long)data);
}
EXPORT_SYMBOL_GPL(ring_buffer_free_read_page);

/**
 * ring_buffer_page_len - bytes of records in a page from read_page
 * @page: the page
 *
 * Return: the commit count without the RB_MISSED_* flags.
 */
size_t ring_buffer_page_len(void *page)
{
	struct rb_data_page *dp = page;

	return READ_ONCE(dp->commit) & ~(RB_MISSED_EVENTS | RB_MISSED_STORED);
}
EXPORT_SYMBOL_GPL(ring_buffer_page_len);

/*
 * Copy whole records from the reader page into @dst, at most @room bytes.
 * The copy starts with the time of the record before the first one, so
 * deltas stay right. Padding that ends the data is not copied.
 */
static unsigned int rb_copy_records(struct rb_cpu *cb, struct rb_data_page *dst,
				    unsigned int room)
{
	struct rb_data_page *src = rb_desc(cb, cb->reader_id)->page;
	unsigned long commit = rb_commit_read(src);
	struct ring_buffer_event *ev;
	unsigned int len, pos = 0;

	dst->time_stamp = cb->read_stamp;
	while (cb->reader_read < commit) {
		ev = (void *)&src->data[cb->reader_read];
		len = rb_record_len(ev, commit - cb->reader_read);
		if (unlikely(len < RB_HDR_LEN ||
			     cb->reader_read + len > commit)) {
			rb_warn_disable(cb, "corrupt record");
			break;
		}
		if (ev->type_len == RINGBUF_TYPE_PADDING &&
		    cb->reader_read + len == commit && !ev->time_delta) {
			cb->reader_read += len;
			cb->read_bytes += len;
			break;
		}
		if (pos + len > room)
			break;
		memcpy(&dst->data[pos], ev, len);
		pos += len;
		if (rb_step_stamp(ev, src->time_stamp, &cb->read_stamp))
			WRITE_ONCE(cb->read_events, cb->read_events + 1);
		cb->reader_read += len;
		cb->read_bytes += len;
	}
	return pos;
}

/* Give the caller the whole reader page, keeping its page in exchange. */
static struct rb_data_page *rb_take_reader_page(struct rb_cpu *cb,
						struct rb_data_page *mine)
{
	struct rb_page *rp = rb_desc(cb, cb->reader_id);
	struct rb_data_page *full = rp->page;

	mine->commit = 0;
	mine->time_stamp = 0;
	rp->page = mine;
	cb->reader_read = 0;
	WRITE_ONCE(cb->read_events,
		   cb->read_events + rb_w_off(local_read(&rp->entries)));
	cb->read_bytes += full->commit;
	return full;
}

/**
 * ring_buffer_read_page - move records of one CPU into a page
 * @buffer: the buffer
 * @data_page: in: a page from ring_buffer_alloc_read_page(); out: a page
 *	(perhaps another one) holding the records, header first
 * @len: bytes available at *@data_page, header included
 * @cpu: the CPU
 * @full: only return a page the writer has finished with
 *
 * A finished, unread reader page is handed over whole (the pages are
 * swapped); otherwise complete records are copied. When records were
 * lost before these, the commit word gets RB_MISSED_EVENTS, and
 * RB_MISSED_STORED if the count (an unsigned long) fits after the data.
 *
 * Context: any but NMI.
 * Return: 0 (the records start at the page's data), or -1 when there is
 * nothing to read (or, with @full, no finished page yet).
 */
int ring_buffer_read_page(struct trace_buffer *buffer, void **data_page,
			  size_t len, int cpu, int full)
{
	struct rb_cpu *cb = rb_cpu_of(buffer, cpu);
	struct rb_data_page *dp = *data_page;
	unsigned long flags, lost, commit = 0, used, missed = 0;
	unsigned int tries;
	bool finished;
	int ret = -1;

	if (!cb || !dp || len <= RB_PAGE_HDR + RB_HDR_LEN)
		return -1;
	len = min_t(size_t, len - RB_PAGE_HDR, RB_PAGE_DATA);
	raw_spin_lock_irqsave(&cb->reader_lock, flags);
	for (tries = 0; !commit && tries < 3; tries++) {
		if (!rb_swap_reader_page(cb))
			goto out;
		/* Finished: C moved past the reader page (commit final). */
		finished = rb_p_seq(smp_load_acquire(&cb->commit)) >
			   cb->reader_seq;
		if (full && !finished)
			goto out;
		if (finished && !cb->reader_read && len == RB_PAGE_DATA) {
			dp = rb_take_reader_page(cb, dp);
			*data_page = dp;
			commit = dp->commit;
		} else {
			commit = rb_copy_records(cb, dp, len);
		}
	}
	if (!commit)
		goto out;
	cb->reader_gen++;
	lost = rb_lost_pending(cb);
	cb->lost_seen += lost;
	used = commit;
	if (lost) {
		if (used + sizeof(lost) <= RB_PAGE_DATA) {
			memcpy(&dp->data[used], &lost, sizeof(lost));
			used += sizeof(lost);
			missed |= RB_MISSED_STORED;
		}
		missed |= RB_MISSED_EVENTS;
	}
	/* Do not hand stale bytes of an older page to user space. */
	if (used < RB_PAGE_DATA)
		memset(&dp->data[used], 0, RB_PAGE_DATA - used);
	dp->commit = commit | missed;
	ret = 0;
out:
	raw_spin_unlock_irqrestore(&cb->reader_lock, flags);
	return ret;
}
EXPORT_SYMBOL_GPL(ring_buffer_read_page);

/* --- iterators ---------------------------------------------------------------- */

/*
 * struct ring_buffer_iter - a non-consuming walk over one CPU: the reader
 * page from the read position, then ring pages H..C. Writers on the CPU
 * are held off while it exists, so only a consuming reader can change
 * what it walks; it then starts again from the new read position.
 */
struct ring_buffer_iter {
	struct rb_cpu	*cb;
	unsigned long	gen;		/* reader_gen the walk is based on */
	struct rb_page	*pg;		/* page being walked */
	unsigned long	seq;		/* its seq, once in the ring */
	bool		in_ring;	/* past the reader page */
	unsigned int	pos;		/* offset of the next record */
	u64		stamp;		/* time of the record before it */
};

static void rb_iter_rewind(struct ring_buffer_iter *iter)
{
	struct rb_cpu *cb = iter->cb;

	iter->gen = cb->reader_gen;
	iter->pg = rb_desc(cb, cb->reader_id);
	iter->in_ring = false;
	iter->pos = cb->reader_read;
	iter->stamp = cb->read_stamp;
}

/* Step to the next ring page; false at the commit page's end. */
static bool rb_iter_next_page(struct ring_buffer_iter *iter)
{
	struct rb_cpu *cb = iter->cb;
	unsigned long cw, seq;

	/* Pairs with F (writers are held off, but may just have left). */
	cw = smp_load_acquire(&cb->commit);
	seq = iter->in_ring ? iter->seq + 1 : rb_h_seq(atomic_long_read(&cb->head));
	if (seq > rb_p_seq(cw))
		return false;
	iter->in_ring = true;
	iter->seq = seq;
	iter->pg = seq == rb_p_seq(cw) ? rb_desc(cb, rb_p_id(cw)) :
		   rb_desc(cb, READ_ONCE(cb->slots[seq % cb->nr]));
	iter->pos = 0;
	iter->stamp = READ_ONCE(iter->pg->page->time_stamp);
	return true;
}

static struct ring_buffer_event *rb_iter_peek(struct ring_buffer_iter *iter,
					      u64 *ts)
{
	struct ring_buffer_event *ev;
	unsigned long commit;
	unsigned int len;
	u64 stamp;

	lockdep_assert_held(&iter->cb->reader_lock);
	if (iter->gen != iter->cb->reader_gen)
		rb_iter_rewind(iter);
	for (;;) {
		commit = rb_commit_read(iter->pg->page);
		if (iter->pos >= commit) {
			if (!rb_iter_next_page(iter))
				return NULL;
			continue;
		}
		ev = (void *)&iter->pg->page->data[iter->pos];
		len = rb_record_len(ev, commit - iter->pos);
		if (unlikely(len < RB_HDR_LEN || iter->pos + len > commit)) {
			rb_warn_disable(iter->cb, "corrupt record");
			return NULL;
		}
		stamp = iter->stamp;
		if (rb_step_stamp(ev, iter->pg->page->time_stamp, &stamp)) {
			if (ts)
				*ts = stamp;
			return ev;
		}
		iter->stamp = stamp;
		iter->pos += len;
	}
}

/**
 * ring_buffer_read_start - start a non-consuming walk over one CPU
 * @buffer: the buffer
 * @cpu: the CPU
 * @flags: allocation flags
 *
 * Holds writers off @cpu until ring_buffer_read_finish().
 * Context: process, sleeps (waits for writers already inside).
 * Return: the iterator, or NULL (no such CPU, no memory).
 */
struct ring_buffer_iter *ring_buffer_read_start(struct trace_buffer *buffer,
						int cpu, gfp_t flags)
{
	struct rb_cpu *cb = rb_cpu_of(buffer, cpu);
	struct ring_buffer_iter *iter;

	if (!cb)
		return NULL;
	iter = kzalloc(sizeof(*iter), flags);
	if (!iter)
		return NULL;
	/* The mutex orders us against a resize checking "iterators". */
	mutex_lock(&buffer->mutex);
	cb = buffer->cpus[cpu];
	iter->cb = cb;
	atomic_inc(&cb->iterators);
	atomic_inc(&cb->record_disabled);
	mutex_unlock(&buffer->mutex);
	synchronize_rcu();
	raw_spin_lock_irq(&cb->reader_lock);
	rb_iter_rewind(iter);
	raw_spin_unlock_irq(&cb->reader_lock);
	return iter;
}
EXPORT_SYMBOL_GPL(ring_buffer_read_start);

/**
 * ring_buffer_read_finish - end a walk, let writers in again
 * @iter: the iterator (freed)
 */
void ring_buffer_read_finish(struct ring_buffer_iter *iter)
{
	struct rb_cpu *cb = iter->cb;

	atomic_dec(&cb->record_disabled);
	atomic_dec(&cb->iterators);
	kfree(iter);
}
EXPORT_SYMBOL_GPL(ring_buffer_read_finish);

/**
 * ring_buffer_iter_peek - the record at the iterator
 * @iter: the iterator
 * @ts: set to its time stamp (may be NULL)
 *
 * Context: any but NMI.
 * Return: the record, or NULL at the end.
 */
struct ring_buffer_event *ring_buffer_iter_peek(struct ring_buffer_iter *iter,
						u64 *ts)
{
	struct ring_buffer_event *ev;
	unsigned long flags;

	raw_spin_lock_irqsave(&iter->cb->reader_lock, flags);
	ev = rb_iter_peek(iter, ts);
	raw_spin_unlock_irqrestore(&iter->cb->reader_lock, flags);
	return ev;
}
EXPORT_SYMBOL_GPL(ring_buffer_iter_peek);

/**
 * ring_buffer_iter_advance - step past the record at the iterator
 * @iter: the iterator
 */
void ring_buffer_iter_advance(struct ring_buffer_iter *iter)
{
	struct ring_buffer_event *ev;
	unsigned long flags;
	u64 ts;

	raw_spin_lock_irqsave(&iter->cb->reader_lock, flags);
	ev = rb_iter_peek(iter, &ts);
	if (ev) {
		iter->pos += rb_record_len(ev, RB_PAGE_DATA);
		iter->stamp = ts;
	}
	raw_spin_unlock_irqrestore(&iter->cb->reader_lock, flags);
}
EXPORT_SYMBOL_GPL(ring_buffer_iter_advance);

/**
 * ring_buffer_iter_reset - go back to the first unread record
 * @iter: the iterator
 */
void ring_buffer_iter_reset(struct ring_buffer_iter *iter)
{
	unsigned long flags;

	raw_spin_lock_irqsave(&iter->cb->reader_lock, flags);
	rb_iter_rewind(iter);
	raw_spin_unlock_irqrestore(&iter->cb->reader_lock, flags);
}
EXPORT_SYMBOL_GPL(ring_buffer_iter_reset);

/**
 * ring_buffer_iter_empty - nothing left to walk?
 * @iter: the iterator
 *
 * Return: true at the end.
 */
bool ring_buffer_iter_empty(struct ring_buffer_iter *iter)
{
	return !ring_buffer_iter_peek(iter, NULL);
}
EXPORT_SYMBOL_GPL(ring_buffer_iter_empty);

/**
 * ring_buffer_full_enough - is @cpu's ring filled to @full percent?
 * @buffer: the buffer
 * @cpu: the CPU
 * @full: percent; 0 means "anything to read"
 *
 * Context: any but NMI; lockless when @full is not 0.
 * Return: true if so.
 */
bool ring_buffer_full_enough(struct trace_buffer *buffer, int cpu, int full)
{
	struct rb_cpu *cb = rb_cpu_of(buffer, cpu);
	unsigned long c, h, dirty;

	if (!cb)
		return false;
	if (!full)
		return !ring_buffer_empty_cpu(buffer, cpu);
	/* Pairs with F; H may be a little stale, which only undercounts. */
	c = rb_p_seq(smp_load_acquire(&cb->commit));
	h = rb_h_seq(atomic_long_read(&cb->head));
	dirty = c >= h ? c - h + 1 : 0;
	return dirty * 100 >= (unsigned long)full * cb->nr;
}
EXPORT_SYMBOL_GPL(ring_buffer_full_enough);

/* --- waiting for data -------------------------------------------------------- */

/* irq_work: wake sleepers once there is what they wait for. */
static void rb_wake_work(struct irq_work *work)
{
	struct rb_waiters *w = container_of(work, struct rb_waiters, work);
	int full = READ_ONCE(w->full);

	if (!READ_ONCE(w->forced) && full && w->cpu != RING_BUFFER_ALL_CPUS &&
	    !ring_buffer_full_enough(w->buffer, w->cpu, full))
		return;
	WRITE_ONCE(w->forced, false);
	WRITE_ONCE(w->pending, false);
	wake_up_all(&w->wq);
}

void rb_waiters_init(struct rb_waiters *w, struct trace_buffer *buffer,
			    int cpu)
{
	init_irq_work(&w->work, rb_wake_work);
	init_waitqueue_head(&w->wq);
	w->buffer = buffer;
	w->cpu = cpu;
}

static struct rb_waiters *rb_waiters_of(struct trace_buffer *buffer, int cpu)
{
	struct rb_cpu *cb;

	if (cpu == RING_BUFFER_ALL_CPUS)
		return &buffer->waiters;
	cb = rb_cpu_of(buffer, cpu);
	return cb ? &cb->waiters : NULL;
}

/* Tell writers a sleeper is there; a full barrier orders it before the
 * data check (pairs with the smp_mb() in rb_kick_waiters()).
 */
static void rb_mark_pending(struct rb_waiters *w, int full)
{
	unsigned long flags;

	spin_lock_irqsave(&w->wq.lock, flags);
	if (!w->pending || full < w->full)
		WRITE_ONCE(w->full, full);
	WRITE_ONCE(w->pending, true);
	spin_unlock_irqrestore(&w->wq.lock, flags);
	/* Pairs with the smp_mb() in rb_kick_waiters(). */
	smp_mb();
}

static bool rb_wait_done(struct trace_buffer *buffer, int cpu, int full)
{
	if (cpu == RING_BUFFER_ALL_CPUS)
		return !ring_buffer_empty(buffer);
	return ring_buffer_full_enough(buffer, cpu, full);
}

/**
 * ring_buffer_wait - sleep until there is data
 * @buffer: the buffer
 * @cpu: the CPU, or RING_BUFFER_ALL_CPUS for any
 * @full: fill level in percent for one CPU (0: any record)
 *
 * Context: process, sleeps.
 * Return: 0 when there is data or a wake-up was forced, -EINTR on a
 * signal, -ENODEV for a CPU that does not exist.
 */
int ring_buffer_wait(struct trace_buffer *buffer, int cpu, int full)
{
	struct rb_waiters *w = rb_waiters_of(buffer, cpu);
	unsigned long start;
	DEFINE_WAIT(wait);
	int ret = 0;

	if (!w)
		return -ENODEV;
	full = clamp(full, 0, 100);
	start = READ_ONCE(w->wakeups);
	for (;;) {
		prepare_to_wait(&w->wq, &wait, TASK_INTERRUPTIBLE);
		rb_mark_pending(w, full);
		if (READ_ONCE(w->wakeups) != start ||
		    rb_wait_done(buffer, cpu, full))
			break;
		if (signal_pending(current)) {
			ret = -EINTR;
			break;
		}
		schedule();
	}
	finish_wait(&w->wq, &wait);
	return ret;
}
EXPORT_SYMBOL_GPL(ring_buffer_wait);

/**
 * ring_buffer_poll_wait - poll support for readers
 * @buffer: the buffer
 * @cpu: the CPU, or RING_BUFFER_ALL_CPUS
 * @filp: the file
 * @poll_table: the poll table
 * @full: fill level in percent (0: any record)
 *
 * Return: EPOLLIN | EPOLLRDNORM when there is data, else 0; EPOLLERR for
 * a CPU that does not exist.
 */
__poll_t ring_buffer_poll_wait(struct trace_buffer *buffer, int cpu,
			       struct file *filp, poll_table *poll_table,
			       int full)
{
	struct rb_waiters *w = rb_waiters_of(buffer, cpu);

	if (!w)
		return EPOLLERR;
	full = clamp(full, 0, 100);
	poll_wait(filp, &w->wq, poll_table);
	rb_mark_pending(w, full);
	if (rb_wait_done(buffer, cpu, full))
		return EPOLLIN | EPOLLRDNORM;
	return 0;
}
EXPORT_SYMBOL_GPL(ring_buffer_poll_wait);

static void rb_force_wake(struct rb_waiters *w)
{
	WRITE_ONCE(w->wakeups, w->wakeups + 1);
	WRITE_ONCE(w->forced, true);
	irq_work_queue(&w->work);
}

/**
 * ring_buffer_wake_waiters - wake every sleeper on @cpu (or on all CPUs)
 * @buffer: the buffer
 * @cpu: the CPU, or RING_BUFFER_ALL_CPUS
 *
 * Context: any but NMI. The wake-up itself runs from irq_work.
 */
void ring_buffer_wake_waiters(struct trace_buffer *buffer, int cpu)
{
	struct rb_waiters *w;

	if (cpu != RING_BUFFER_ALL_CPUS) {
		w = rb_waiters_of(buffer, cpu);
		if (w)
			rb_force_wake(w);
		return;
	}
	rb_force_wake(&buffer->waiters);
	for_each_possible_cpu(cpu)
		rb_force_wake(&buffer->cpus[cpu]->waiters);
}
EXPORT_SYMBOL_GPL(ring_buffer_wake_waiters);

