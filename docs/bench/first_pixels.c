/*
 * When a window's text is on the screen, read from the X server's pixels, not from the program's own clock
 * (docs/PERFORMANCE.md, "The first cable on the screen, read from its pixels"). Every 30 ms it reads the
 * screen (1600x1000, every fourth pixel of every fourth row) and counts the pixels whose red is between 30 and
 * 225: the grey edges of drawn text. Xvfb's empty screen is black and a window's background is nearly white,
 * so more than 300 of them means text is shown.
 *
 *   apt-get install -y libx11-dev && gcc -O2 -o /tmp/first_pixels docs/bench/first_pixels.c -lX11
 *   /tmp/first_pixels clear          # waits until no text is on the screen (the last window gone)
 *   t0=$(date +%s%3N); java -jar target/cabletag.jar seeds & /tmp/first_pixels $t0   # prints ms from t0
 */
#include <X11/Xlib.h>
#include <X11/Xutil.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/time.h>
#include <unistd.h>

static long long now_ms(void) {
    struct timeval t;
    gettimeofday(&t, 0);
    return (long long) t.tv_sec * 1000 + t.tv_usec / 1000;
}

static long text_pixels(Display *display, Window root) {
    XImage *image = XGetImage(display, root, 0, 0, 1600, 1000, AllPlanes, ZPixmap);
    long count = 0;
    for (int y = 0; y < 1000; y += 4) {
        for (int x = 0; x < 1600; x += 4) {
            int red = (XGetPixel(image, x, y) >> 16) & 255;
            if (red > 30 && red < 225) {
                count++;
            }
        }
    }
    XDestroyImage(image);
    return count;
}

int main(int argc, char **argv) {
    if (argc != 2) {
        fprintf(stderr, "usage: first_pixels clear | first_pixels T0_EPOCH_MS\n");
        return 2;
    }
    Display *display = XOpenDisplay(0);
    if (display == 0) {
        fprintf(stderr, "first_pixels: no X display (DISPLAY)\n");
        return 2;
    }
    Window root = DefaultRootWindow(display);
    if (argv[1][0] == 'c') {
        for (int i = 0; i < 500; i++) {
            if (text_pixels(display, root) <= 300) {
                return 0;
            }
            usleep(20000);
        }
        return 1;
    }
    long long t0 = atoll(argv[1]);
    for (int i = 0; i < 3000; i++) {
        if (text_pixels(display, root) > 300) {
            printf("%lld\n", now_ms() - t0);
            return 0;
        }
        usleep(30000);
    }
    return 1;
}
