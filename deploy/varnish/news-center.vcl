# Varnish in front of the news center (Varnish 7 with the xkey module from varnish-modules).
#
# What it keeps: public pages that the app marked as shareable (an `xkey` header naming their cache
# tags, a public Cache-Control) and Next's static files. What it never keeps: the admin, the API,
# the preview and service routes under /next/, anything asked with a session or in preview (draft
# mode), and any response that sets a cookie or is private. The app purges pages by tag (a PURGE
# request naming tags in `xkey-purge`) whenever it expires the same tags in its own cache.
#
# While the app answers, a purged page is fetched again on the next request. While it does not (or
# answers 5xx), readers get the last cached copy for up to a day (grace).
#
# The backends, who may purge and the purge token live in site.vcl, written by lib/edge/varnish.mjs
# (`npm run start:edge`, the tests) or by hand from site.example.vcl.
vcl 4.1;

import directors;
import std;
import xkey;

# An instance is in the rotation while its health endpoint answers 200 (database and cache
# reachable): out after 4 failed probes of the last 5, back after 2 good ones.
probe app_health {
    .request = "GET /next/health HTTP/1.1"
        "Host: localhost"
        "User-Agent: varnish-health-probe"
        "Connection: close";
    .interval = 1s;
    .timeout = 3s;
    .window = 5;
    .threshold = 2;
    .initial = 2;
}

sub vcl_init {
    # The healthy instances, in turn.
    new app = directors.round_robin();
    # Every instance, healthy or not: asked when none is healthy (a database outage marks them all
    # down, yet each still answers the pages in its own cache).
    new any_app = directors.round_robin();
}

include "site.vcl";

sub vcl_recv {
    # Headers this VCL uses to talk to itself: never from outside.
    if (req.restarts == 0) {
        unset req.http.x-edge-stale-ok;
        unset req.http.x-edge-shared;
    }
    set req.backend_hint = app.backend();
    if (!std.healthy(req.backend_hint)) {
        set req.backend_hint = any_app.backend();
    }

    if (req.method == "PURGE") {
        call news_center_authorize_purge;
        if (!req.http.xkey-purge) {
            return (synth(400, "Name the tags to purge in an xkey-purge header"));
        }
        set req.http.x-edge-purged = xkey.softpurge(req.http.xkey-purge);
        return (synth(200, "Purged " + req.http.x-edge-purged + " objects"));
    }
    if (req.method != "GET" && req.method != "HEAD") {
        return (pass);
    }
    # The admin, the API and the routes under /next/ (previews, health, revalidation) are per request.
    if (req.url ~ "^/(admin|api|next)([/?#]|$)") {
        return (pass);
    }
    # A session, a preview (draft mode) or credentials: what this reader sees is theirs alone.
    if (req.http.Authorization || req.http.Cookie ~ "(^|;\s*)(payload-token|__prerender_bypass|__next_preview_data|news-center-preview)=") {
        return (pass);
    }
    # "/" picks a language from Accept-Language: a redirect per reader.
    if (req.url ~ "^/([?#]|$)") {
        return (pass);
    }

    # Every reader gets the same public page: cookies (analytics, consent) do not change it, and
    # the pages are plain HTML, so React's navigation requests are answered as a page load.
    unset req.http.Cookie;
    unset req.http.rsc;
    unset req.http.next-router-state-tree;
    unset req.http.next-router-prefetch;
    unset req.http.next-router-segment-prefetch;
    unset req.http.next-url;
    set req.url = regsuball(req.url, "([?&])_rsc=[^&]*(&|$)", "\1");
    set req.url = regsub(req.url, "[?&]$", "");
    set req.http.x-edge-shared = "1";

    # Fresh after a purge while the app answers; the last copy while it does not.
    if (req.http.x-edge-stale-ok) {
        set req.grace = 24h;
    } else if (std.healthy(app.backend())) {
        set req.grace = 0s;
    } else {
        set req.grace = 24h;
    }
    return (hash);
}

sub vcl_backend_fetch {
    unset bereq.http.x-edge-stale-ok;
    unset bereq.http.x-edge-shared;
}

sub vcl_backend_response {
    # An instance that fails: try another one; a background refresh keeps the cached copy instead.
    if (beresp.status >= 500 && bereq.method ~ "^(GET|HEAD)$") {
        if (bereq.is_bgfetch) {
            return (abandon);
        }
        if (bereq.retries < 2) {
            return (retry);
        }
    }
    # Only pages the app tagged for shared caching, and Next's content-hashed files, are kept.
    if (beresp.http.xkey && beresp.http.Cache-Control ~ "public") {
        # The request headers this VCL strips are all Next varies on besides the encoding.
        set beresp.http.Vary = "Accept-Encoding";
        set beresp.grace = 24h;
        return (deliver);
    }
    if (bereq.url ~ "^/_next/(static|image)/" && beresp.status == 200) {
        return (deliver);
    }
    set beresp.uncacheable = true;
    set beresp.ttl = 10s;
    return (deliver);
}

sub vcl_backend_error {
    # Refused or timed out (an instance stopping): the next one in the rotation.
    if (bereq.method ~ "^(GET|HEAD)$" && bereq.retries < 2) {
        return (retry);
    }
}

sub vcl_deliver {
    # Every instance failed: the last cached copy, if there is one.
    if (resp.status >= 500 && req.http.x-edge-shared && !req.http.x-edge-stale-ok) {
        set req.http.x-edge-stale-ok = "1";
        return (restart);
    }
    if (obj.hits > 0) {
        set resp.http.X-Cache = "HIT";
    } else {
        set resp.http.X-Cache = "MISS";
    }
    unset resp.http.xkey;
    unset resp.http.x-nextjs-cache;
    unset resp.http.x-nextjs-prerender;
    unset resp.http.x-nextjs-stale-time;
    unset resp.http.Via;
    unset resp.http.X-Varnish;
}

sub vcl_synth {
    if (resp.status == 503 && req.http.x-edge-shared && !req.http.x-edge-stale-ok) {
        set req.http.x-edge-stale-ok = "1";
        return (restart);
    }
}
