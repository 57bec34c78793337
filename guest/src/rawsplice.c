// SPDX-License-Identifier: GPL-2.0
/*
 * rawsplice - read a tracefs file the way trace-cmd does, and check the
 * ring-buffer pages that come out of trace_pipe_raw.
 *
 *   rawsplice [-n] [-N] [-r] [-c] [-l LEN] [-a SECS | -A SECS] [-x CMD] FILE
 *
 *   -n       open FILE with O_NONBLOCK
 *   -N       pass SPLICE_F_NONBLOCK to splice()
 *   -r       one read() of LEN bytes instead of splice()
 *   -c       copy the bytes to stdout instead of parsing them
 *   -l LEN   bytes to ask for (default: one page)
 *   -a SECS  a SIGALRM after SECS seconds (no SA_RESTART), to see EINTR
 *   -A SECS  a SIGALRM after SECS seconds whose handler (SA_RESTART) sets
 *            O_NONBLOCK on FILE: how trace-cmd stops a recorder blocked
 *            in splice(), which then restarts and must fail with EAGAIN
 *   -x CMD   after the splice, close FILE and run "sh -c CMD" while the
 *            pages are still in the pipe; then read them back
 *
 * splice() goes from FILE into a pipe, and the pipe is then read back.
 * Without -c every page is parsed as events/header_page and
 * events/header_event describe it, printing
 *
 *   page <n> ts=<stamp> commit=<bytes> missed=<0|1>
 *   rec data len=<bytes> ts=<time stamp> text=<printable payload>
 *   rec pad|extend|stamp ...
 *   end ok                     (the walk stopped exactly at commit)
 *
 * and "bytes <n>" last. A failing call prints "error <ERRNO-NAME>" and
 * exits 2; no bytes (end of file) prints "eof" and exits 3; a page that
 * does not parse prints "bad ..." and exits 1.
 *
 * Compiled on the host: gcc -static -O2 -Wall -o rawsplice rawsplice.c
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* The commit word's flags (events/header_page: "commit" is a long). */
#define MISSED_EVENTS	(1UL << 31)
#define MISSED_STORED	(1UL << 30)

/* type_len values with a meaning of their own (events/header_event). */
#define TL_PADDING	29
#define TL_TIME_EXTEND	30
#define TL_TIME_STAMP	31

static int fail(const char *what, int err)
{
	printf("error %s\n", strerrorname_np(err) ? : "?");
	fprintf(stderr, "rawsplice: %s: %s\n", what, strerror(err));
	return 2;
}

static int trace_fd = -1;

static void on_alarm(int sig)
{
	(void)sig;
}

static void on_alarm_stop(int sig)
{
	(void)sig;
	fcntl(trace_fd, F_SETFL, fcntl(trace_fd, F_GETFL) | O_NONBLOCK);
}

/*
 * The printable bytes of a payload, each run of other bytes shown as one
 * space, so tests can grep for marker text ("text= hello ").
 */
static void print_text(const unsigned char *p, size_t len)
{
	int gap = 1;
	size_t i;

	fputs(" text=", stdout);
	for (i = 0; i < len; i++) {
		if (p[i] >= 0x20 && p[i] < 0x7f) {
			putchar(p[i]);
			gap = 0;
		} else if (!gap) {
			putchar(' ');
			gap = 1;
		}
	}
}

/* Walk the records of one page. Return: 0 when it parses, else 1. */
static int parse_page(const unsigned char *pg, size_t size, int n)
{
	uint64_t ts, stamp;
	unsigned long commit, flags;
	size_t hdr = 16, pos = 0, len;

	memcpy(&stamp, pg, 8);
	memcpy(&commit, pg + 8, 8);
	flags = commit & (MISSED_EVENTS | MISSED_STORED);
	commit &= ~(MISSED_EVENTS | MISSED_STORED);
	printf("page %d ts=%llu commit=%lu missed=%d\n", n,
	       (unsigned long long)stamp, commit, !!(flags & MISSED_EVENTS));
	if (commit > size - hdr) {
		printf("bad commit %lu\n", commit);
		return 1;
	}
	ts = stamp;
	while (pos < commit) {
		const unsigned char *ev = pg + hdr + pos;
		uint32_t word, arg = 0;
		unsigned int type_len, delta;

		if (commit - pos < 4) {
			printf("bad tail at %zu\n", pos);
			return 1;
		}
		memcpy(&word, ev, 4);
		type_len = word & 31;
		delta = word >> 5;
		if (commit - pos >= 8)
			memcpy(&arg, ev + 4, 4);
		switch (type_len) {
		case TL_PADDING:
			/* delta 0: padding to the end of the data. */
			len = delta ? 4 + arg : commit - pos;
			ts += delta;
			printf("rec pad len=%zu\n", len);
			break;
		case TL_TIME_EXTEND:
			len = 8;
			ts += delta | ((uint64_t)arg << 27);
			printf("rec extend\n");
			break;
		case TL_TIME_STAMP:
			len = 8;
			ts = (ts & ~((1ULL << 59) - 1)) |
			     (delta | ((uint64_t)arg << 27));
			printf("rec stamp ts=%llu\n", (unsigned long long)ts);
			break;
		case 0:
			/* Length in array[0], which counts itself too. */
			len = 4 + ((arg + 3) & ~3U);
			ts += delta;
			printf("rec data len=%u ts=%llu", arg - 4,
			       (unsigned long long)ts);
			if (len <= commit - pos)
				print_text(ev + 8, arg - 4);
			putchar('\n');
			break;
		default:
			len = 4 + type_len * 4;
			ts += delta;
			printf("rec data len=%u ts=%llu", type_len * 4,
			       (unsigned long long)ts);
			if (len <= commit - pos)
				print_text(ev + 4, type_len * 4);
			putchar('\n');
			break;
		}
		if (len < 4 || len > commit - pos) {
			printf("bad record at %zu (type_len %u, len %zu)\n",
			       pos, type_len, len);
			return 1;
		}
		pos += len;
	}
	printf("end ok\n");
	return 0;
}

int main(int argc, char **argv)
{
	int opt, fd, p[2], oflags = O_RDONLY, sflags = 0, copy = 0, rd = 0;
	long page = sysconf(_SC_PAGESIZE);
	size_t want = page, got = 0, size;
	unsigned char *buf;
	ssize_t n;
	int ret = 0, i, alarm_secs = 0;
	const char *cmd = NULL;
	struct sigaction sa = { .sa_handler = on_alarm };

	while ((opt = getopt(argc, argv, "nNrcl:a:A:x:")) != -1) {
		switch (opt) {
		case 'n': oflags |= O_NONBLOCK; break;
		case 'N': sflags |= SPLICE_F_NONBLOCK; break;
		case 'r': rd = 1; break;
		case 'c': copy = 1; break;
		case 'l': want = strtoul(optarg, NULL, 0); break;
		case 'a':
			alarm_secs = atoi(optarg);
			break;
		case 'x':
			cmd = optarg;
			break;
		case 'A':
			sa.sa_handler = on_alarm_stop;
			sa.sa_flags = SA_RESTART;
			alarm_secs = atoi(optarg);
			break;
		default:
			fprintf(stderr, "usage: rawsplice [-nNrc] [-l LEN] [-a|-A SECS] [-x CMD] FILE\n");
			return 64;
		}
	}
	if (optind != argc - 1) {
		fprintf(stderr, "usage: rawsplice [-nNrc] [-l LEN] [-a|-A SECS] [-x CMD] FILE\n");
		return 64;
	}
	size = want > (size_t)page ? want : (size_t)page;
	buf = calloc(1, size);
	fd = open(argv[optind], oflags);
	if (!buf || fd < 0)
		return fail("open", errno);
	trace_fd = fd;
	if (alarm_secs) {
		sigaction(SIGALRM, &sa, NULL);
		alarm(alarm_secs);
	}

	if (rd) {
		n = read(fd, buf, want);
		if (n < 0)
			return fail("read", errno);
		got = n;
	} else {
		if (pipe(p))
			return fail("pipe", errno);
		/* Room for what we ask for: 16 pages is the default anyway. */
		fcntl(p[1], F_SETPIPE_SZ, (int)size);
		n = splice(fd, NULL, p[1], NULL, want, sflags);
		if (n < 0)
			return fail("splice", errno);
		if (cmd) {
			close(fd);
			fflush(stdout);
			if (system(cmd) == -1)
				return fail("system", errno);
		}
		while (got < (size_t)n) {
			ssize_t m = read(p[0], buf + got, n - got);

			if (m <= 0)
				return fail("read from pipe", m ? errno : EIO);
			got += m;
		}
	}
	if (!got) {
		printf("eof\n");
		return 3;
	}
	if (copy) {
		fwrite(buf, 1, got, stdout);
		return 0;
	}
	if (got % page) {
		printf("bad size %zu: not whole pages\n", got);
		ret = 1;
	}
	for (i = 0; (size_t)(i + 1) * page <= got; i++)
		ret |= parse_page(buf + (size_t)i * page, page, i);
	printf("bytes %zu\n", got);
	return ret;
}
