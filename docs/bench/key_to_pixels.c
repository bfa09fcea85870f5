/*
 * How long a key takes to change what the screen shows, read from the X server (docs/PERFORMANCE.md, "An edit
 * read from the screen"). Presses the key through XTEST, then reads a small region of the screen every
 * millisecond until it holds more than 40 pixels of the wanted kind, and prints the milliseconds since the press:
 *   o  the orange of a PER entity        b  the light blue of a LOC entity
 *   c  anything other than before the press (more than 10 pixels changed)
 * KEY "none" presses nothing and waits up to a minute: started right after a window's command, it reads when a
 * highlight first shows (docs/PERFORMANCE.md, "The 5 MB cable read from the screen").
 *
 *   apt-get install -y libx11-dev libxtst-dev
 *   gcc -O2 -o /tmp/key_to_pixels docs/bench/key_to_pixels.c -lX11 -lXtst
 *   /tmp/key_to_pixels 1 600 133 40 9 o          # relabel the selected LOC entity to PER, its highlight at 600,133
 *   /tmp/key_to_pixels z+ctrl 600 133 40 9 b     # undo it
 *   java -jar target/cabletag.jar big & /tmp/key_to_pixels none 372 133 40 9 o   # the first PER highlight
 */
#include <X11/Xlib.h>
#include <X11/Xutil.h>
#include <X11/extensions/XTest.h>
#include <X11/keysym.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static double now_ms(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return t.tv_sec * 1000.0 + t.tv_nsec / 1e6;
}

static int wanted(char mode, unsigned long pixel, unsigned long before) {
    int red = (pixel >> 16) & 255, green = (pixel >> 8) & 255, blue = pixel & 255;
    switch (mode) {
        case 'o': return red > 230 && green > 150 && blue < 190;
        case 'b': return blue > 230 && red < 200 && green > 200;
        default: return pixel != before;
    }
}

int main(int argc, char **argv) {
    if (argc != 7) {
        fprintf(stderr, "usage: key_to_pixels KEY[+ctrl] X Y WIDTH HEIGHT o|b|c\n");
        return 2;
    }
    Display *display = XOpenDisplay(0);
    if (display == 0) {
        fprintf(stderr, "key_to_pixels: no X display (DISPLAY)\n");
        return 2;
    }
    Window root = DefaultRootWindow(display);
    int ctrl = strstr(argv[1], "+ctrl") != 0;
    char key[32];
    strncpy(key, argv[1], sizeof key - 1);
    key[sizeof key - 1] = 0;
    char *plus = strchr(key, '+');
    if (plus) {
        *plus = 0;
    }
    int x = atoi(argv[2]), y = atoi(argv[3]), width = atoi(argv[4]), height = atoi(argv[5]);
    char mode = argv[6][0];
    int needed = mode == 'c' ? 10 : 40;
    KeyCode code = XKeysymToKeycode(display, XStringToKeysym(key));
    KeyCode control = XKeysymToKeycode(display, XK_Control_L);
    XImage *before = XGetImage(display, root, x, y, width, height, AllPlanes, ZPixmap);

    int press = strcmp(key, "none") != 0;
    double pressed = now_ms();
    if (press && ctrl) {
        XTestFakeKeyEvent(display, control, True, 0);
    }
    if (press) {
        XTestFakeKeyEvent(display, code, True, 0);
        XTestFakeKeyEvent(display, code, False, 0);
    }
    if (press && ctrl) {
        XTestFakeKeyEvent(display, control, False, 0);
    }
    XFlush(display);

    for (int i = 0; i < (press ? 5000 : 60000); i++) {
        XImage *image = XGetImage(display, root, x, y, width, height, AllPlanes, ZPixmap);
        int count = 0;
        for (int row = 0; row < height; row++) {
            for (int column = 0; column < width; column++) {
                count += wanted(mode, XGetPixel(image, column, row), XGetPixel(before, column, row));
            }
        }
        XDestroyImage(image);
        if (count > needed) {
            printf("%.1f\n", now_ms() - pressed);
            return 0;
        }
        struct timespec millisecond = {0, 1000000};
        nanosleep(&millisecond, 0);
    }
    printf("timeout\n");
    return 1;
}
