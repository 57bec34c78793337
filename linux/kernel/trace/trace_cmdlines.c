// SPDX-License-Identifier: GPL-2.0
/*
 * Remembering task names and thread groups for the reader: a record only
 * holds a pid, but the "trace" file shows "comm-pid" and, with
 * record-tgid, the tgid. Writers note the current task on every commit;
 * readers look the pid up later, maybe long after the task exited.
 *
 * saved_cmdlines: a fixed ring of slots, reused oldest first, plus an
 * index from pid (modulo PID_MAX_DEFAULT) to slot. The index may be
 * stale (its slot went to another pid since); a slot is trusted only if
 * it still names the pid looked up.
 *
 *	slot_of_pid[pid % PID_MAX_DEFAULT] --> k      slot_pid[k] == pid ?
 *	                                              comm[k]     "bash"
 *
 * The whole store is one page-order allocation, and the ring is made as
 * long as the allocation allows, so saved_cmdlines_size reads back more
 * than was asked for (6552 for the default 128 with 4K pages).
 *
 * Locking. cmd_lock (an arch spinlock, taken with preemption off)
 * guards the slots. Writers run in any context, NMI included, so they
 * only try it and drop the update on contention; the same task will be
 * seen again on its next record. Readers spin on it, except in NMI (a
 * crash dump), where they too only try. A resize swaps in a fresh, empty store under
 * cmd_lock and frees the old one after an RCU grace period, because the
 * writers' unlocked "already up to date?" check reads the store with
 * preemption off only.
 *
 * saved_tgids: a plain array indexed by pid (up to pid_max at boot),
 * written without a lock (an int store is atomic), read the same way.
 */
#include <linux/hardirq.h>
#include <linux/kstrtox.h>
#include <linux/mm.h>
#include <linux/rcupdate.h>
#include <linux/sched.h>
#include <linux/security.h>
#include <linux/slab.h>
#include <linux/spinlock.h>
#include <linux/threads.h>
#include <linux/tracefs.h>
#include <linux/uaccess.h>
#include "trace_array.h"

#define CMDLINES_DEFAULT	128
#define SLOT_FREE		U32_MAX

struct cmdline_store {
	u32		nslots;		/* length of the ring */
	u32		last;		/* slot taken most recently */
	u32		*slot_pid;	/* [nslots] pid owning each slot */
	u32		slot_of_pid[PID_MAX_DEFAULT + 1];
	char		comm[][TASK_COMM_LEN];	/* [nslots], then slot_pid */
};

#define SLOT_BYTES	(TASK_COMM_LEN + sizeof(u32))

static struct cmdline_store __rcu *cmd_store;
static arch_spinlock_t cmd_lock = __ARCH_SPIN_LOCK_UNLOCKED;
static DEFINE_MUTEX(cmd_resize_mutex);	/* one resize at a time */

static int *tgid_map;			/* published with release */
static int tgid_map_max;		/* highest pid the map holds */

static unsigned int store_order(struct cmdline_store *s)
{
	return get_order(sizeof(*s) + (size_t)s->nslots * SLOT_BYTES);
}

/* Context: process, may sleep. Return: an empty store or NULL. */
static struct cmdline_store *store_alloc(unsigned int want)
{
	struct cmdline_store *s;
	unsigned int order = get_order(sizeof(*s) + (size_t)want * SLOT_BYTES);
	size_t bytes = PAGE_SIZE << order;

	s = (void *)__get_free_pages(GFP_KERNEL, order);
	if (!s)
		return NULL;
	/* Use all of the allocation. */
	s->nslots = (bytes - sizeof(*s)) / SLOT_BYTES;
	s->last = s->nslots - 1;
	s->slot_pid = (u32 *)&s->comm[s->nslots];
	memset(s->slot_of_pid, 0xff, sizeof(s->slot_of_pid));
	memset(s->slot_pid, 0xff, s->nslots * sizeof(u32));
	memset(s->comm, 0, s->nslots * TASK_COMM_LEN);
	return s;
}

static void store_free(struct cmdline_store *s)
{
	if (s)
		free_pages((unsigned long)s, store_order(s));
}

/* The slot holding @pid's name, or SLOT_FREE. cmd_lock held or racy. */
static u32 slot_lookup(struct cmdline_store *s, int pid)
{
	u32 k = READ_ONCE(s->slot_of_pid[pid % PID_MAX_DEFAULT]);

	if (k < s->nslots && READ_ONCE(s->slot_pid[k]) == pid)
		return k;
	return SLOT_FREE;
}

/**
 * tracing_record_cmdline - remember @task's name for its pid
 * @task: usually current
 *
 * Context: any, NMI included; never spins, never sleeps.
 */
void notrace tracing_record_cmdline(struct task_struct *task)
{
	struct cmdline_store *s;
	u32 k;

	if (!task->pid)
		return;

	preempt_disable_notrace();
	s = rcu_dereference_sched(cmd_store);
	if (!s)
		goto out;

	/* The common case: nothing changed since the last record. */
	k = slot_lookup(s, task->pid);
	if (k != SLOT_FREE &&
	    !data_race(strncmp(s->comm[k], task->comm, TASK_COMM_LEN)))
		goto out;

	if (!arch_spin_trylock(&cmd_lock))
		goto out;
	s = rcu_dereference_sched(cmd_store);
	k = slot_lookup(s, task->pid);
	if (k == SLOT_FREE) {
		k = (s->last + 1) % s->nslots;
		s->last = k;
		WRITE_ONCE(s->slot_of_pid[task->pid % PID_MAX_DEFAULT], k);
		WRITE_ONCE(s->slot_pid[k], task->pid);
	}
	strscpy(s->comm[k], task->comm, TASK_COMM_LEN);
	arch_spin_unlock(&cmd_lock);
out:
	preempt_enable_notrace();
}

/**
 * tracing_record_tgid - remember @task's thread group for its pid
 * @task: usually current
 *
 * The core calls this only while an instance has record-tgid set.
 * Context: any, NMI included.
 */
void notrace tracing_record_tgid(struct task_struct *task)
{
	int *map = smp_load_acquire(&tgid_map);	/* pairs with init's release */

	if (map && task->pid > 0 && task->pid <= tgid_map_max)
		WRITE_ONCE(map[task->pid], task->tgid);
}

/* Copy @pid's name into @comm (TASK_COMM_LEN bytes). cmd_lock held. */
static void comm_of_locked(struct cmdline_store *s, int pid, char *comm)
{
	u32 k = s ? slot_lookup(s, pid) : SLOT_FREE;

	if (k == SLOT_FREE)
		strscpy(comm, "<...>", TASK_COMM_LEN);
	else
		strscpy(comm, s->comm[k], TASK_COMM_LEN);
}

/**
 * trace_find_cmdline - the name last seen for a pid
 * @pid: a record's pid
 * @comm: gets the name: "<idle>" for pid 0, "<...>" when not known
 *
 * Context: any; in NMI it gives "<...>" rather than wait for cmd_lock.
 */
void trace_find_cmdline(int pid, char comm[])
{
	if (!pid) {
		strscpy(comm, "<idle>", TASK_COMM_LEN);
		return;
	}
	if (WARN_ON_ONCE(pid < 0)) {
		strscpy(comm, "<XXX>", TASK_COMM_LEN);
		return;
	}
	preempt_disable();
	/* An NMI (a crash dump) may have cut into a holder on this CPU. */
	if (in_nmi()) {
		if (!arch_spin_trylock(&cmd_lock)) {
			strscpy(comm, "<...>", TASK_COMM_LEN);
			goto out;
		}
	} else {
		arch_spin_lock(&cmd_lock);
	}
	comm_of_locked(rcu_dereference_sched(cmd_store), pid, comm);
	arch_spin_unlock(&cmd_lock);
out:
	preempt_enable();
}

/**
 * trace_find_tgid - the thread group last seen for a pid
 * @pid: a record's pid
 *
 * Context: any.
 * Return: the tgid, or 0 when not known.
 */
int trace_find_tgid(int pid)
{
	int *map = smp_load_acquire(&tgid_map);

	if (!map || pid <= 0 || pid > tgid_map_max)
		return 0;
	return READ_ONCE(map[pid]);
}

/* ---- saved_cmdlines: "pid comm" per used slot, in slot order ---- */

/*
 * The seq_file position is a slot number. Each callback takes cmd_lock
 * for itself (seq_file may sleep between them), so a resize in between
 * just ends the listing early or shows the new store.
 */
static void *cmdlines_find(loff_t *pos)
{
	struct cmdline_store *s;
	void *found = NULL;
	loff_t k;

	preempt_disable();
	arch_spin_lock(&cmd_lock);
	s = rcu_dereference_sched(cmd_store);
	for (k = *pos; s && k < s->nslots; k++) {
		if (s->slot_pid[k] != SLOT_FREE) {
			*pos = k;
			found = (void *)(uintptr_t)(k + 1);
			break;
		}
	}
	arch_spin_unlock(&cmd_lock);
	preempt_enable();
	return found;
}

/* Context: seq_file callbacks, process context, may sleep. */
static void *cmdlines_start(struct seq_file *m, loff_t *pos)
{
	return cmdlines_find(pos);
}

static void *cmdlines_next(struct seq_file *m, void *v, loff_t *pos)
{
	++*pos;
	return cmdlines_find(pos);
}

static void cmdlines_stop(struct seq_file *m, void *v)
{
}

static int cmdlines_show(struct seq_file *m, void *v)
{
	u32 k = (uintptr_t)v - 1;
	struct cmdline_store *s;
	char comm[TASK_COMM_LEN];
	int pid = -1;

	preempt_disable();
	arch_spin_lock(&cmd_lock);
	s = rcu_dereference_sched(cmd_store);
	if (s && k < s->nslots && s->slot_pid[k] != SLOT_FREE) {
		pid = s->slot_pid[k];
		comm_of_locked(s, pid, comm);
	}
	arch_spin_unlock(&cmd_lock);
	preempt_enable();

	if (pid >= 0)
		seq_printf(m, "%d %s\n", pid, comm);
	return 0;
}

static const struct seq_operations saved_cmdlines_seq_ops = {
	.start	= cmdlines_start,
	.next	= cmdlines_next,
	.stop	= cmdlines_stop,
	.show	= cmdlines_show,
};

/* Context: ->open, process context. */
static int saved_cmdlines_open(struct inode *inode, struct file *file)
{
	int ret = security_locked_down(LOCKDOWN_TRACEFS);

	return ret ? ret : seq_open(file, &saved_cmdlines_seq_ops);
}

static const struct file_operations saved_cmdlines_fops = {
	.open		= saved_cmdlines_open,
	.read		= seq_read,
	.llseek		= seq_lseek,
	.release	= seq_release,
};

/* ---- saved_cmdlines_size ---- */

/* Context: read(2), process context. */
static ssize_t saved_cmdlines_size_read(struct file *file, char __user *ubuf,
					size_t cnt, loff_t *ppos)
{
	struct cmdline_store *s;
	unsigned int n = 0;
	char buf[16];
	int len;

	preempt_disable();
	arch_spin_lock(&cmd_lock);
	s = rcu_dereference_sched(cmd_store);
	if (s)
		n = s->nslots;
	arch_spin_unlock(&cmd_lock);
	preempt_enable();

	len = scnprintf(buf, sizeof(buf), "%u\n", n);
	return simple_read_from_buffer(ubuf, cnt, ppos, buf, len);
}

/*
 * Context: process, may sleep. Replaces the store by an empty one of at
 * least @n slots; the names recorded so far are dropped.
 */
static int cmdlines_resize(unsigned int n)
{
	struct cmdline_store *fresh, *old;

	fresh = store_alloc(n);
	if (!fresh)
		return -ENOMEM;

	guard(mutex)(&cmd_resize_mutex);
	preempt_disable();
	arch_spin_lock(&cmd_lock);
	old = rcu_dereference_protected(cmd_store, true);
	rcu_assign_pointer(cmd_store, fresh);
	arch_spin_unlock(&cmd_lock);
	preempt_enable();

	/* Writers peek at the store outside cmd_lock: let them finish. */
	synchronize_rcu();
	store_free(old);
	return 0;
}

/*
 * Context: write(2), process context.
 * Return: @cnt, -EINVAL for 0 or more than PID_MAX_DEFAULT, -ENOMEM.
 */
static ssize_t saved_cmdlines_size_write(struct file *file,
					 const char __user *ubuf, size_t cnt,
					 loff_t *ppos)
{
	unsigned long n;
	int ret;

	ret = kstrtoul_from_user(ubuf, cnt, 10, &n);
	if (ret)
		return ret;
	if (!n || n > PID_MAX_DEFAULT)
		return -EINVAL;
	ret = cmdlines_resize(n);
	if (ret)
		return ret;
	*ppos += cnt;
	return cnt;
}

static const struct file_operations saved_cmdlines_size_fops = {
	.open		= tracing_open_generic,
	.read		= saved_cmdlines_size_read,
	.write		= saved_cmdlines_size_write,
	.llseek		= generic_file_llseek,
};

/* ---- saved_tgids: "pid tgid" for every pid seen, by pid ---- */

/* The seq_file position is a pid; v is a pointer into tgid_map. */
static void *tgids_find(loff_t *pos)
{
	int *map = smp_load_acquire(&tgid_map);
	loff_t pid;

	for (pid = max_t(loff_t, *pos, 1); map && pid <= tgid_map_max; pid++) {
		if (READ_ONCE(map[pid])) {
			*pos = pid;
			return &map[pid];
		}
	}
	return NULL;
}

/* Context: seq_file callbacks, process context. */
static void *tgids_start(struct seq_file *m, loff_t *pos)
{
	return tgids_find(pos);
}

static void *tgids_next(struct seq_file *m, void *v, loff_t *pos)
{
	++*pos;
	return tgids_find(pos);
}

static void tgids_stop(struct seq_file *m, void *v)
{
}

static int tgids_show(struct seq_file *m, void *v)
{
	int *slot = v;

	seq_printf(m, "%d %d\n", (int)(slot - tgid_map), READ_ONCE(*slot));
	return 0;
}

static const struct seq_operations saved_tgids_seq_ops = {
	.start	= tgids_start,
	.next	= tgids_next,
	.stop	= tgids_stop,
	.show	= tgids_show,
};

static int saved_tgids_open(struct inode *inode, struct file *file)
{
	int ret = security_locked_down(LOCKDOWN_TRACEFS);

	return ret ? ret : seq_open(file, &saved_tgids_seq_ops);
}

static const struct file_operations saved_tgids_fops = {
	.open		= saved_tgids_open,
	.read		= seq_read,
	.llseek		= seq_lseek,
	.release	= seq_release,
};

/* ---- setup ---- */

/* Before the first records: early initcall, process context. */
static __init int trace_cmdlines_alloc(void)
{
	struct cmdline_store *s = store_alloc(CMDLINES_DEFAULT);
	int *map;

	if (!s) {
		pr_warn("tracing: no memory for saved_cmdlines\n");
		return 0;
	}
	rcu_assign_pointer(cmd_store, s);

	/* Sized by pid_max at boot; later, larger pids go unrecorded. */
	map = kvcalloc(pid_max + 1, sizeof(*map), GFP_KERNEL);
	if (!map) {
		pr_warn("tracing: no memory for saved_tgids\n");
		return 0;
	}
	tgid_map_max = pid_max;
	smp_store_release(&tgid_map, map);	/* pairs with the acquires */
	return 0;
}
early_initcall(trace_cmdlines_alloc);

static const struct {
	const char			*name;
	umode_t				mode;
	const struct file_operations	*fops;
} cmdlines_files[] = {
	{ "saved_cmdlines",	 TRACE_MODE_READ,  &saved_cmdlines_fops },
	{ "saved_cmdlines_size", TRACE_MODE_WRITE, &saved_cmdlines_size_fops },
	{ "saved_tgids",	 TRACE_MODE_READ,  &saved_tgids_fops },
};

/**
 * trace_cmdlines_init_tracefs - create saved_cmdlines, saved_cmdlines_size
 *	and saved_tgids
 * @top: the top tracing directory (these files exist only there)
 *
 * Context: boot, process context.
 * Return: 0, or the tracefs error of the first file that failed.
 */
int trace_cmdlines_init_tracefs(struct dentry *top)
{
	struct dentry *d;
	int i;

	for (i = 0; i < ARRAY_SIZE(cmdlines_files); i++) {
		d = tracefs_create_file(cmdlines_files[i].name,
					cmdlines_files[i].mode, top, NULL,
					cmdlines_files[i].fops);
		if (IS_ERR(d))
			return PTR_ERR(d);
	}
	return 0;
}
