"""Organisation linking by e-mail domain: plan (report) and apply (link users to orgs)."""
