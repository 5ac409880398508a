"""Allow-list: values dismissed as "never flag this again" (entity type + HMAC fingerprint).

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-26 18:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('allow_list',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('entity_type', sa.String(length=60), nullable=False),
    sa.Column('fingerprint', sa.String(length=64), nullable=False),
    sa.Column('preview', sa.String(length=120), nullable=True),
    sa.Column('reason', sa.String(length=500), nullable=False),
    sa.Column('actor', sa.String(length=100), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('finding_id', sa.Integer(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_allow_list')),
    sa.UniqueConstraint('entity_type', 'fingerprint', name=op.f('uq_allow_list_entity_type_fingerprint'))
    )


def downgrade() -> None:
    op.drop_table('allow_list')
