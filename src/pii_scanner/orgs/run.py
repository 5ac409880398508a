"""``orgs plan``/``orgs apply`` from settings: read users and organisations live, plan, link."""

from __future__ import annotations

from pii_scanner.config import Settings
from pii_scanner.orgs.apply import LinkReport, apply_links
from pii_scanner.orgs.domains import free_domains
from pii_scanner.orgs.plan import OrgPlan, plan_links
from pii_scanner.orgs.policy import OrgsPolicy


def read_all(connector, stream: str) -> list:
    """Every record of one stream, from the beginning (nothing is stored)."""
    return [rec for batch in connector.stream(stream).read(None) for rec in batch.records]


def build_org_plan(connector, policy: OrgsPolicy) -> tuple[OrgPlan, int]:
    """The plan over the live helpdesk, and the API requests it took."""
    before = connector.request_count
    users = read_all(connector, "users")
    orgs = read_all(connector, "organizations")
    plan = plan_links(users, orgs, free_domains(policy.extra_free_domains), policy)
    return plan, connector.request_count - before


def run_org_plan(settings: Settings, connector=None) -> tuple[OrgPlan, int]:
    from pii_scanner.pipeline.build import build_connector

    connector = connector or build_connector(settings)
    try:
        return build_org_plan(connector, OrgsPolicy.from_mapping(settings.orgs))
    finally:
        connector.close()


def run_org_apply(settings: Settings, *, actor: str, verified_only: bool | None = None,
                  connector=None) -> tuple[OrgPlan, LinkReport]:
    from pii_scanner.pipeline.build import build_connector, open_store
    from pii_scanner.redact.writeback import writeback_for

    policy = OrgsPolicy.from_mapping(settings.orgs)
    connector = connector or build_connector(settings)
    store = open_store(settings)
    try:
        plan, _ = build_org_plan(connector, policy)
        report = apply_links(store, writeback_for(connector), plan.proposals, actor=actor,
                             verified_only=policy.verified_only if verified_only is None
                             else verified_only)
        return plan, report
    finally:
        store.close()
        connector.close()
