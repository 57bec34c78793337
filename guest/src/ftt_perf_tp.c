// SPDX-License-Identifier: GPL-2.0
/*
 * ftt_perf_tp - perf_event_open(PERF_TYPE_TRACEPOINT) on one trace event,
 * for linux/tools/testing/selftests/ftrace/test.d/perf/. Runs in the
 * guest; built on the host with gcc -static by scripts/mkinitramfs.sh.
 *
 * Usage: ftt_perf_tp SYSTEM/EVENT TRIGGER N [FILTER]
 *
 * Opens the event whose id is in /sys/kernel/tracing/events/SYSTEM/EVENT/id
 * on this task (any CPU), one sample per event with the raw record,
 * sets FILTER with PERF_EVENT_IOC_SET_FILTER if given, enables it, runs
 * TRIGGER N times, disables it and prints:
 *
 *	count <events counted>
 *	samples <PERF_RECORD_SAMPLEs in the ring buffer>
 *	raw_ok <samples whose raw record has the event's id and our pid>
 *
 * TRIGGER: "getppid" (the syscall), "fork" (fork() a child that exits at
 * once, and wait for it), "sleep" (usleep(1000): a context switch out of
 * this task), "none".
 * FILTER "-" sets none. With a FILTER, the extra line "filter_again <errno
 * name>" says how a second PERF_EVENT_IOC_SET_FILTER failed (perf keeps
 * the first one).
 *
 * Exit status: 0; 1 and a line "error: ..." on stderr if a step failed
 * (a rejected FILTER prints "error: set filter: <strerror>" and exits 3).
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <linux/perf_event.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

#define DATA_PAGES	64	/* ring buffer: 2^6 pages after the header */

static int die(const char *what)
{
	fprintf(stderr, "error: %s: %s\n", what, strerror(errno));
	exit(1);
}

static long read_id(const char *event)
{
	char path[256], buf[32];
	ssize_t n;
	int fd;

	snprintf(path, sizeof(path), "/sys/kernel/tracing/events/%s/id", event);
	fd = open(path, O_RDONLY);
	if (fd < 0)
		die(path);
	n = read(fd, buf, sizeof(buf) - 1);
	if (n <= 0)
		die("read id");
	close(fd);
	buf[n] = '\0';
	return strtol(buf, NULL, 10);
}

static void trigger(const char *how, long n)
{
	for (long i = 0; i < n; i++) {
		if (!strcmp(how, "getppid"))
			syscall(SYS_getppid);
		else if (!strcmp(how, "sleep"))
			usleep(1000);
		else if (!strcmp(how, "fork")) {
			pid_t pid = fork();

			if (pid == 0)
				_exit(0);
			if (pid > 0)
				waitpid(pid, NULL, 0);
		}
	}
}

/* The common header every raw trace record starts with. */
struct raw_entry {
	uint16_t	type;
	uint8_t		flags;
	uint8_t		preempt_count;
	int32_t		pid;
};

/* Walk the samples: count them, and check their raw records. */
static void scan(struct perf_event_mmap_page *meta, long id, long *samples,
		 long *raw_ok)
{
	char *data = (char *)meta + meta->data_offset;
	uint64_t size = meta->data_size, tail = meta->data_tail;
	uint64_t head = __atomic_load_n(&meta->data_head, __ATOMIC_ACQUIRE);
	char rec[4096];

	*samples = *raw_ok = 0;
	while (tail < head) {
		struct perf_event_header hdr;
		uint32_t raw_size;
		struct raw_entry ent;

		for (size_t i = 0; i < sizeof(hdr); i++)
			((char *)&hdr)[i] = data[(tail + i) % size];
		if (hdr.size < sizeof(hdr) || hdr.size > sizeof(rec))
			break;
		for (size_t i = 0; i < hdr.size; i++)
			rec[i] = data[(tail + i) % size];
		tail += hdr.size;
		if (hdr.type != PERF_RECORD_SAMPLE)
			continue;
		(*samples)++;
		/* sample_type RAW only: header, u32 size, the record. */
		memcpy(&raw_size, rec + sizeof(hdr), sizeof(raw_size));
		if (raw_size < sizeof(ent) ||
		    sizeof(hdr) + sizeof(raw_size) + raw_size > hdr.size)
			continue;
		memcpy(&ent, rec + sizeof(hdr) + sizeof(raw_size), sizeof(ent));
		if (ent.type == id && ent.pid == getpid())
			(*raw_ok)++;
	}
	meta->data_tail = tail;
}

int main(int argc, char **argv)
{
	struct perf_event_attr attr = { 0 };
	struct perf_event_mmap_page *meta;
	long id, n, samples, raw_ok;
	uint64_t count;
	size_t len;
	int fd;

	if (argc < 4) {
		fprintf(stderr, "usage: %s SYSTEM/EVENT getppid|fork|sleep|none N [FILTER]\n",
			argv[0]);
		return 2;
	}
	id = read_id(argv[1]);
	n = strtol(argv[3], NULL, 10);

	attr.size = sizeof(attr);
	attr.type = PERF_TYPE_TRACEPOINT;
	attr.config = id;
	attr.sample_period = 1;
	attr.sample_type = PERF_SAMPLE_RAW;
	attr.disabled = 1;
	attr.wakeup_events = 1;
	fd = syscall(SYS_perf_event_open, &attr, 0, -1, -1, 0);
	if (fd < 0)
		die("perf_event_open");

	len = (DATA_PAGES + 1) * sysconf(_SC_PAGESIZE);
	meta = mmap(NULL, len, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
	if (meta == MAP_FAILED)
		die("mmap");

	if (argc > 4 && strcmp(argv[4], "-")) {
		if (ioctl(fd, PERF_EVENT_IOC_SET_FILTER, argv[4])) {
			fprintf(stderr, "error: set filter: %s\n", strerror(errno));
			return 3;
		}
		if (!ioctl(fd, PERF_EVENT_IOC_SET_FILTER, argv[4]))
			printf("filter_again accepted\n");
		else
			printf("filter_again %s\n", errno == EEXIST ? "EEXIST" :
			       strerror(errno));
	}

	if (ioctl(fd, PERF_EVENT_IOC_ENABLE, 0))
		die("enable");
	trigger(argv[2], n);
	if (ioctl(fd, PERF_EVENT_IOC_DISABLE, 0))
		die("disable");
	if (read(fd, &count, sizeof(count)) != sizeof(count))
		die("read count");
	scan(meta, id, &samples, &raw_ok);

	printf("count %llu\nsamples %ld\nraw_ok %ld\n",
	       (unsigned long long)count, samples, raw_ok);
	munmap(meta, len);
	close(fd);
	return 0;
}
