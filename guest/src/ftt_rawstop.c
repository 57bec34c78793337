// SPDX-License-Identifier: GPL-2.0
/*
 * ftt_rawstop - record one per_cpu/cpuN/trace_pipe_raw the way trace-cmd's
 * recorder does, stop it the way trace-cmd stops it, and count what came
 * out.
 *
 *   ftt_rawstop [-r] [-t MS] [-x CMD] FILE
 *
 *   -r      move pages with read() instead of splice() (trace-cmd -N)
 *   -t MS   the stop signal comes after MS milliseconds (default 500)
 *   -x CMD  "sh -c CMD" runs in a child once FILE is open (it writes the
 *           records); it is waited for before the stop signal counts
 *
 * Recording: splice() pages of FILE into a pipe (blocking), drain the
 * pipe; when a call gives nothing, sleep 1 ms and try again. Stopping:
 * SIGALRM, whose handler (SA_RESTART) sets O_NONBLOCK on FILE and asks
 * the loop to end; then the flush: splice() until it gives nothing, then
 * read() one page at a time until it gives nothing, which is how the last,
 * partly filled page leaves the kernel.
 *
 * Every page is then walked as events/header_page and header_event
 * describe it. Output: "page N commit=BYTES" per page, "mark TEXT" for
 * each record whose payload has printable text (trace_marker writes),
 * then "records N" (data records), "pages N". A call failing with other
 * than EAGAIN prints "error ERRNO" and exits 2; a page that does not walk
 * prints "bad ..." and exits 1.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/time.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#define PAGE		4096
#define MAX_PAGES	256
#define HDR		16	/* u64 time stamp, long commit */
#define COMMIT_FLAGS	(3UL << 30)

static int trace_fd = -1;
static volatile sig_atomic_t stopping;
static unsigned char pages[MAX_PAGES][PAGE];
static int nr_pages;

static void on_stop(int sig)
{
	(void)sig;
	fcntl(trace_fd, F_SETFL, fcntl(trace_fd, F_GETFL) | O_NONBLOCK);
	stopping = 1;
}

static void die_errno(const char *what)
{
	int err = errno;

	printf("error %s\n", strerrorname_np(err) ? : "?");
	fprintf(stderr, "ftt_rawstop: %s: %s\n", what, strerror(err));
	exit(2);
}

/* Keep one page; the pages are short reads only for read() of 4096. */
static void keep(const unsigned char *buf, size_t len)
{
	if (nr_pages == MAX_PAGES) {
		printf("bad too many pages\n");
		exit(1);
	}
	memset(pages[nr_pages], 0, PAGE);
	memcpy(pages[nr_pages++], buf, len < PAGE ? len : PAGE);
}

/* One move of data; returns bytes moved, 0 for "nothing now". */
static long move(int use_read, int p[2])
{
	unsigned char buf[PAGE];
	long n, got;

	if (use_read) {
		n = read(trace_fd, buf, PAGE);
		if (n < 0 && (errno == EAGAIN || errno == EINTR))
			return 0;
		if (n < 0)
			die_errno("read");
		if (n)
			keep(buf, n);
		return n;
	}
	n = splice(trace_fd, NULL, p[1], NULL, 16 * PAGE, SPLICE_F_MOVE);
	if (n < 0 && (errno == EAGAIN || errno == EINTR))
		return 0;
	if (n < 0)
		die_errno("splice");
	for (got = 0; got < n; got += PAGE) {
		long m = 0, r;

		while (m < PAGE) {
			r = read(p[0], buf + m, PAGE - m);
			if (r <= 0)
				die_errno("read of the pipe");
			m += r;
		}
		keep(buf, PAGE);
	}
	return n;
}

/* Walk one page; returns its data records, or -1. */
static int walk(const unsigned char *pg, int idx)
{
	unsigned long commit;
	unsigned int pos = 0, w, tl, len;
	int recs = 0;

	memcpy(&commit, pg + 8, sizeof(commit));
	commit &= ~COMMIT_FLAGS;
	printf("page %d commit=%lu\n", idx, commit);
	if (commit > PAGE - HDR)
		return -1;
	while (pos < commit) {
		const unsigned char *ev = pg + HDR + pos;

		memcpy(&w, ev, 4);
		tl = w & 31;
		if (tl == 30 || tl == 31) {
			len = 8;
		} else if (tl == 29 || tl == 0) {
			unsigned int a;

			/* array[0]: the length, counting array[0] itself. */
			memcpy(&a, ev + 4, 4);
			if (tl == 0 && a < 4)
				return -1;
			len = tl == 29 && !a ? commit - pos : a + 4;
		} else {
			len = 4 + tl * 4;
		}
		if (!len || pos + len > commit)
			return -1;
		if (tl < 29) {
			const unsigned char *d = ev + (tl ? 4 : 8);
			unsigned int dl = len - (tl ? 4 : 8), i;
			char text[256];
			int n = 0;

			recs++;
			/* The longest printable run of the payload. */
			for (i = 0; i < dl; i++) {
				unsigned int j = i;

				while (j < dl && d[j] >= 0x20 && d[j] < 0x7f)
					j++;
				if (j - i > (unsigned int)n && j - i < sizeof(text)) {
					n = j - i;
					memcpy(text, d + i, n);
				}
				if (j > i)
					i = j;
			}
			text[n] = 0;
			if (n >= 3)
				printf("mark %s\n", text);
		}
		pos += len;
	}
	return recs;
}

int main(int argc, char **argv)
{
	struct sigaction sa = { .sa_handler = on_stop, .sa_flags = SA_RESTART };
	struct timespec ms = { 0, 1000000 };
	struct itimerval it = { 0 };
	const char *cmd = NULL;
	int use_read = 0, delay = 500, opt, p[2], i, recs = 0, r;
	pid_t child = -1;

	while ((opt = getopt(argc, argv, "rt:x:")) != -1) {
		switch (opt) {
		case 'r': use_read = 1; break;
		case 't': delay = atoi(optarg); break;
		case 'x': cmd = optarg; break;
		default:
			fprintf(stderr, "usage: ftt_rawstop [-r] [-t MS] [-x CMD] FILE\n");
			return 2;
		}
	}
	if (optind != argc - 1) {
		fprintf(stderr, "usage: ftt_rawstop [-r] [-t MS] [-x CMD] FILE\n");
		return 2;
	}
	trace_fd = open(argv[optind], O_RDONLY);
	if (trace_fd < 0)
		die_errno("open");
	if (pipe(p))
		die_errno("pipe");
	fcntl(p[0], F_SETPIPE_SZ, 16 * PAGE);
	fcntl(p[1], F_SETPIPE_SZ, 16 * PAGE);
	sigaction(SIGALRM, &sa, NULL);
	if (cmd) {
		child = fork();
		if (child < 0)
			die_errno("fork");
		if (!child) {
			execl("/bin/sh", "sh", "-c", cmd, (char *)NULL);
			_exit(127);
		}
	}
	it.it_value.tv_sec = delay / 1000;
	it.it_value.tv_usec = (delay % 1000) * 1000;
	setitimer(ITIMER_REAL, &it, NULL);

	/* Record until stopped, as trace-cmd's recorder loop does. */
	while (!stopping) {
		long got = 0, n;

		do {
			n = move(use_read, p);
			got += n;
		} while (n > 0 && !stopping);
		if (!got && !stopping)
			nanosleep(&ms, NULL);
	}
	/* The flush: whole pages first, then what read() still gives. */
	fcntl(trace_fd, F_SETFL, fcntl(trace_fd, F_GETFL) | O_NONBLOCK);
	while (move(use_read, p) > 0)
		;
	while (move(1, p) > 0)
		;
	if (child > 0)
		waitpid(child, NULL, 0);

	for (i = 0; i < nr_pages; i++) {
		r = walk(pages[i], i);
		if (r < 0) {
			printf("bad page %d\n", i);
			return 1;
		}
		recs += r;
	}
	printf("records %d\npages %d\n", recs, nr_pages);
	return 0;
}
