# The part of the Varnish configuration that differs per deployment, included by news-center.vcl.
# lib/edge/varnish.mjs writes one like it for `npm run start:edge` and the tests; for a server,
# copy this file to site.vcl beside news-center.vcl and edit it.

# One backend per app instance (`next start`), each probed on /next/health, and the same instance
# again without a probe: asked when no instance is healthy.
backend app_1 {
    .host = "127.0.0.1";
    .port = "3000";
    .probe = app_health;
}

backend app_1_unprobed {
    .host = "127.0.0.1";
    .port = "3000";
}

sub vcl_init {
    app.add_backend(app_1);
    any_app.add_backend(app_1_unprobed);
}

# Who may purge: the app instances' addresses.
acl purgers {
    "127.0.0.1";
    "::1";
}

# The app sends EDGE_CACHE_TOKEN with every purge; set the same value here.
sub news_center_authorize_purge {
    if (client.ip !~ purgers || req.http.x-purge-token != "change-me-to-the-EDGE_CACHE_TOKEN") {
        return (synth(403, "Forbidden"));
    }
}
