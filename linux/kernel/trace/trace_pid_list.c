// SPDX-License-Identifier: GPL-2.0
/*
 * Sets of pids (see trace_pid_list.h).
 *
 * Layout: pids 0 .. PID_MAX_LIMIT-1 are split into chunks of
 * PID_CHUNK_BITS pids. A chunk is a bitmap of one page, allocated when the
 * first pid in it is added. So the default pid_max costs one page, and a
 * pid far up the range costs one more.
 *
 *	list->chunk[pid / PID_CHUNK_BITS] -> bitmap, bit pid % PID_CHUNK_BITS
 *
 * Readers never lock: a published list is immutable (trace_pid_list.h),
 * except for the _live() updates of fork and exit following, which only
 * set or clear one bit atomically or install a zeroed chunk with cmpxchg.
 */
#include <linux/bitmap.h>
#include <linux/ctype.h>
#include <linux/kernel.h>
#include <linux/seq_file.h>
#include <linux/slab.h>
#include <linux/threads.h>
#include <linux/uaccess.h>
#include "trace_pid_list.h"

#define PID_CHUNK_BITS		(PAGE_SIZE * BITS_PER_BYTE)
#define PID_CHUNKS		DIV_ROUND_UP(PID_MAX_LIMIT, PID_CHUNK_BITS)

struct trace_pid_list {
	unsigned long	*chunk[PID_CHUNKS];
};

struct trace_pid_list *trace_pid_list_alloc(void)
{
	return kzalloc(sizeof(struct trace_pid_list), GFP_KERNEL);
}

void trace_pid_list_free(struct trace_pid_list *list)
{
	int i;

	if (!list)
		return;
	for (i = 0; i < PID_CHUNKS; i++)
		free_page((unsigned long)list->chunk[i]);
	kfree(list);
}

int trace_pid_list_set(struct trace_pid_list *list, pid_t pid)
{
	unsigned long **c;

	if (pid < 0 || pid >= PID_MAX_LIMIT)
		return -EINVAL;
	c = &list->chunk[pid / PID_CHUNK_BITS];
	if (!*c) {
		*c = (unsigned long *)get_zeroed_page(GFP_KERNEL);
		if (!*c)
			return -ENOMEM;
	}
	__set_bit(pid % PID_CHUNK_BITS, *c);
	return 0;
}

void trace_pid_list_clear(struct trace_pid_list *list, pid_t pid)
{
	unsigned long *c;

	if (pid < 0 || pid >= PID_MAX_LIMIT)
		return;
	c = list->chunk[pid / PID_CHUNK_BITS];
	if (c)
		__clear_bit(pid % PID_CHUNK_BITS, c);
}

int trace_pid_list_add_live(struct trace_pid_list *list, pid_t pid)
{
	unsigned long **c, *page;

	if (pid < 0 || pid >= PID_MAX_LIMIT)
		return -EINVAL;
	c = &list->chunk[pid / PID_CHUNK_BITS];
	if (!READ_ONCE(*c)) {
		page = (unsigned long *)get_zeroed_page(GFP_ATOMIC);
		if (!page)
			return -ENOMEM;
		/* Lost the race to another adder: use its chunk. */
		if (cmpxchg(c, NULL, page))
			free_page((unsigned long)page);
	}
	set_bit(pid % PID_CHUNK_BITS, READ_ONCE(*c));
	return 0;
}

void trace_pid_list_del_live(struct trace_pid_list *list, pid_t pid)
{
	unsigned long *c;

	if (pid < 0 || pid >= PID_MAX_LIMIT)
		return;
	c = READ_ONCE(list->chunk[pid / PID_CHUNK_BITS]);
	if (c)
		clear_bit(pid % PID_CHUNK_BITS, c);
}

bool notrace trace_pid_list_contains(const struct trace_pid_list *list,
				     pid_t pid)
{
	const unsigned long *c;

	if (!list || pid < 0 || pid >= PID_MAX_LIMIT)
		return false;
	c = READ_ONCE(list->chunk[pid / PID_CHUNK_BITS]);
	return c && test_bit(pid % PID_CHUNK_BITS, c);
}

pid_t trace_pid_list_next(const struct trace_pid_list *list, pid_t from)
{
	unsigned long bit;
	int i;

	if (!list || from < 0)
		return -1;
	for (i = from / PID_CHUNK_BITS; i < PID_CHUNKS; i++) {
		unsigned long start = 0;

		if (!list->chunk[i])
			continue;
		if (i == from / PID_CHUNK_BITS)
			start = from % PID_CHUNK_BITS;
		bit = find_next_bit(list->chunk[i], PID_CHUNK_BITS, start);
		if (bit < PID_CHUNK_BITS)
			return i * PID_CHUNK_BITS + bit;
	}
	return -1;
}

bool trace_pid_list_empty(const struct trace_pid_list *list)
{
	return trace_pid_list_next(list, 0) < 0;
}

static struct trace_pid_list *pid_list_dup(const struct trace_pid_list *old)
{
	struct trace_pid_list *list = trace_pid_list_alloc();
	pid_t pid;

	if (!list)
		return NULL;
	for (pid = trace_pid_list_next(old, 0); pid >= 0;
	     pid = trace_pid_list_next(old, pid + 1)) {
		if (trace_pid_list_set(list, pid)) {
			trace_pid_list_free(list);
			return NULL;
		}
	}
	return list;
}

/* Add each whitespace-separated pid of @buf to @list. */
static int pid_list_parse(struct trace_pid_list *list, char *buf)
{
	char *tok;
	int ret;

	while ((tok = strsep(&buf, " \t\n")) != NULL) {
		unsigned int pid;

		if (!*tok)
			continue;
		ret = kstrtouint(tok, 10, &pid);
		if (ret || pid >= PID_MAX_LIMIT)
			return -EINVAL;
		ret = trace_pid_list_set(list, pid);
		if (ret)
			return ret;
	}
	return 0;
}

ssize_t trace_pid_list_write(const struct trace_pid_list *old, bool append,
			     const char __user *ubuf, size_t cnt,
			     struct trace_pid_list **new)
{
	struct trace_pid_list *list;
	char *buf;
	int ret;

	/* A pid list write is short: a page of pids is plenty. */
	if (cnt >= PAGE_SIZE)
		return -EINVAL;
	buf = memdup_user_nul(ubuf, cnt);
	if (IS_ERR(buf))
		return PTR_ERR(buf);
	list = append ? pid_list_dup(old) : trace_pid_list_alloc();
	ret = list ? pid_list_parse(list, buf) : -ENOMEM;
	kfree(buf);
	if (ret) {
		trace_pid_list_free(list);
		return ret;
	}
	if (trace_pid_list_empty(list)) {
		trace_pid_list_free(list);
		list = NULL;
	}
	*new = list;
	return cnt;
}

/* seq_file cursor: the pid plus one, so that pid 0 is not NULL. */
void *trace_pid_list_seq_start(const struct trace_pid_list *list, loff_t *pos)
{
	pid_t pid = trace_pid_list_next(list, 0);
	loff_t i;

	for (i = 0; pid >= 0 && i < *pos; i++)
		pid = trace_pid_list_next(list, pid + 1);
	return pid < 0 ? NULL : (void *)(unsigned long)(pid + 1);
}

void *trace_pid_list_seq_next(const struct trace_pid_list *list, void *v,
			      loff_t *pos)
{
	pid_t pid = trace_pid_list_next(list, (unsigned long)v);

	(*pos)++;
	return pid < 0 ? NULL : (void *)(unsigned long)(pid + 1);
}

int trace_pid_list_seq_show(struct seq_file *m, void *v)
{
	seq_printf(m, "%lu\n", (unsigned long)v - 1);
	return 0;
}
