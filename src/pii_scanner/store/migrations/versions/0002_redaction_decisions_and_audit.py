"""Redaction decisions per finding and a generic audit log.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-26 10:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('audit_log',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('actor', sa.String(length=200), nullable=False),
    sa.Column('action', sa.String(length=40), nullable=False),
    sa.Column('source_id', sa.Integer(), nullable=True),
    sa.Column('object_kind', sa.String(length=30), nullable=True),
    sa.Column('object_id', sa.String(length=100), nullable=True),
    sa.Column('finding_id', sa.Integer(), nullable=True),
    sa.Column('entity_type', sa.String(length=60), nullable=True),
    sa.Column('operator', sa.String(length=30), nullable=True),
    sa.Column('result', sa.String(length=20), nullable=False),
    sa.Column('response_id', sa.String(length=100), nullable=True),
    sa.Column('detail', sa.JSON(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_audit_log'))
    )
    with op.batch_alter_table('audit_log', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_audit_log_at'), ['at'], unique=False)
        batch_op.create_index(batch_op.f('ix_audit_log_finding_id'), ['finding_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_audit_log_object_kind_object_id'), ['object_kind', 'object_id'], unique=False)

    op.create_table('finding_decisions',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('finding_id', sa.Integer(), nullable=False),
    sa.Column('decision', sa.String(length=20), nullable=False),
    sa.Column('rule', sa.String(length=200), nullable=True),
    sa.Column('actor', sa.String(length=200), nullable=False),
    sa.Column('reason', sa.Text(), nullable=True),
    sa.Column('operator', sa.String(length=30), nullable=True),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('attempts', sa.Integer(), nullable=False),
    sa.Column('decided_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('applied_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['finding_id'], ['findings.id'], name=op.f('fk_finding_decisions_finding_id_findings')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_finding_decisions')),
    sa.UniqueConstraint('finding_id', name=op.f('uq_finding_decisions_finding_id'))
    )
    with op.batch_alter_table('finding_decisions', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_finding_decisions_decision_status'), ['decision', 'status'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('finding_decisions', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_finding_decisions_decision_status'))

    op.drop_table('finding_decisions')
    with op.batch_alter_table('audit_log', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_audit_log_object_kind_object_id'))
        batch_op.drop_index(batch_op.f('ix_audit_log_finding_id'))
        batch_op.drop_index(batch_op.f('ix_audit_log_at'))

    op.drop_table('audit_log')
