"""Covering indexes for the report and review-queue aggregates (GROUP BY in the database).

The aggregates read a few narrow columns of every open finding and of its decision; with
these indexes SQLite and PostgreSQL scan the index instead of the wide rows.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-27 12:00:00
"""

from __future__ import annotations

from alembic import op

revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index('ix_findings_review_cover', 'findings',
                    ['state', 'ticket_id', 'entity_type', 'kind', 'source_id', 'object_pk',
                     'detected_at'], unique=False)
    op.create_index('ix_finding_decisions_review_cover', 'finding_decisions',
                    ['finding_id', 'status', 'decision'], unique=False)


def downgrade() -> None:
    op.drop_index('ix_finding_decisions_review_cover', table_name='finding_decisions')
    op.drop_index('ix_findings_review_cover', table_name='findings')
