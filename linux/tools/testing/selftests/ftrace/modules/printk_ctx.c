// SPDX-License-Identifier: GPL-2.0
/*
 * printk_ctx - record one trace_printk() from each execution context.
 *
 * At load time the module writes, in this order:
 *
 *   task     "printk_ctx: task <tag>"        from module_init (a task)
 *   puts     "printk_ctx: puts"              trace_puts() from the task
 *   softirq  "printk_ctx: softirq <tag>"     from a timer_list callback
 *   hardirq  "printk_ctx: hardirq <tag>"     from a hard hrtimer callback
 *
 * and waits for both callbacks before returning, so that when insmod
 * exits all four records are in the buffer. <tag> is the "tag" module
 * parameter, which lets a test find its own records. The selftests check
 * the irq-info flags of each record ('s' and 'h' in the hardirq/softirq
 * column) and that printk_formats lists the constant formats.
 */
#include <linux/completion.h>
#include <linux/hrtimer.h>
#include <linux/kernel.h>
#include <linux/module.h>
#include <linux/timer.h>

static int tag = 1;
module_param(tag, int, 0444);
MODULE_PARM_DESC(tag, "number printed in every record");

static struct timer_list soft_timer;
static struct hrtimer hard_timer;
static DECLARE_COMPLETION(soft_done);
static DECLARE_COMPLETION(hard_done);

/* Runs in TIMER_SOFTIRQ. */
static void soft_fn(struct timer_list *t)
{
	trace_printk("printk_ctx: softirq %d\n", tag);
	complete(&soft_done);
}

/* HRTIMER_MODE_REL_HARD: runs from the timer interrupt, IRQs off. */
static enum hrtimer_restart hard_fn(struct hrtimer *t)
{
	trace_printk("printk_ctx: hardirq %d\n", tag);
	complete(&hard_done);
	return HRTIMER_NORESTART;
}

static int __init printk_ctx_init(void)
{
	trace_printk("printk_ctx: task %d\n", tag);
	trace_puts("printk_ctx: puts\n");

	timer_setup(&soft_timer, soft_fn, 0);
	mod_timer(&soft_timer, jiffies + 1);
	hrtimer_init(&hard_timer, CLOCK_MONOTONIC, HRTIMER_MODE_REL_HARD);
	hard_timer.function = hard_fn;
	hrtimer_start(&hard_timer, ms_to_ktime(1), HRTIMER_MODE_REL_HARD);

	if (!wait_for_completion_timeout(&soft_done, 10 * HZ) ||
	    !wait_for_completion_timeout(&hard_done, 10 * HZ)) {
		del_timer_sync(&soft_timer);
		hrtimer_cancel(&hard_timer);
		return -ETIMEDOUT;
	}
	return 0;
}

static void __exit printk_ctx_exit(void)
{
	del_timer_sync(&soft_timer);
	hrtimer_cancel(&hard_timer);
}

module_init(printk_ctx_init);
module_exit(printk_ctx_exit);
MODULE_DESCRIPTION("trace_printk from task, softirq and hardirq context");
MODULE_LICENSE("GPL");
