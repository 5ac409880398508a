"""Initial schema: sources, scan_runs, checkpoints, objects, findings, scan_errors.

Revision ID: 0001
Revises:
Create Date: 2026-11-25 22:04:23.656475
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('sources',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('kind', sa.String(length=50), nullable=False),
    sa.Column('base_url', sa.String(length=500), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sources')),
    sa.UniqueConstraint('name', name=op.f('uq_sources_name'))
    )
    op.create_table('checkpoints',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('source_id', sa.Integer(), nullable=False),
    sa.Column('stream', sa.String(length=100), nullable=False),
    sa.Column('cursor', sa.JSON(), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['source_id'], ['sources.id'], name=op.f('fk_checkpoints_source_id_sources')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_checkpoints')),
    sa.UniqueConstraint('source_id', 'stream', name=op.f('uq_checkpoints_source_id_stream'))
    )
    op.create_table('scan_runs',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('source_id', sa.Integer(), nullable=False),
    sa.Column('mode', sa.String(length=20), nullable=False),
    sa.Column('state', sa.String(length=20), nullable=False),
    sa.Column('started_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('finished_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('requests', sa.Integer(), nullable=False),
    sa.Column('counters', sa.JSON(), nullable=False),
    sa.ForeignKeyConstraint(['source_id'], ['sources.id'], name=op.f('fk_scan_runs_source_id_sources')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_scan_runs'))
    )
    with op.batch_alter_table('scan_runs', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_scan_runs_source_id'), ['source_id'], unique=False)

    op.create_table('objects',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('source_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=30), nullable=False),
    sa.Column('object_id', sa.String(length=100), nullable=False),
    sa.Column('content_hash', sa.String(length=64), nullable=False),
    sa.Column('ticket_id', sa.String(length=100), nullable=True),
    sa.Column('organization_id', sa.String(length=100), nullable=True),
    sa.Column('remote_updated_at', sa.String(length=40), nullable=True),
    sa.Column('meta', sa.JSON(), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.Column('first_seen_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('last_seen_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('last_run_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['last_run_id'], ['scan_runs.id'], name=op.f('fk_objects_last_run_id_scan_runs')),
    sa.ForeignKeyConstraint(['source_id'], ['sources.id'], name=op.f('fk_objects_source_id_sources')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_objects')),
    sa.UniqueConstraint('source_id', 'kind', 'object_id', name=op.f('uq_objects_source_id_kind_object_id'))
    )
    with op.batch_alter_table('objects', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_objects_organization_id'), ['organization_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_objects_source_id_ticket_id'), ['source_id', 'ticket_id'], unique=False)

    op.create_table('scan_errors',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('source_id', sa.Integer(), nullable=False),
    sa.Column('run_id', sa.Integer(), nullable=True),
    sa.Column('kind', sa.String(length=30), nullable=False),
    sa.Column('object_id', sa.String(length=100), nullable=False),
    sa.Column('stage', sa.String(length=20), nullable=False),
    sa.Column('message', sa.Text(), nullable=False),
    sa.Column('at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('resolved_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['run_id'], ['scan_runs.id'], name=op.f('fk_scan_errors_run_id_scan_runs')),
    sa.ForeignKeyConstraint(['source_id'], ['sources.id'], name=op.f('fk_scan_errors_source_id_sources')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_scan_errors'))
    )
    with op.batch_alter_table('scan_errors', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_scan_errors_resolved_at'), ['resolved_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_scan_errors_run_id'), ['run_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_scan_errors_source_id_kind_object_id'), ['source_id', 'kind', 'object_id'], unique=False)

    op.create_table('findings',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('object_pk', sa.Integer(), nullable=False),
    sa.Column('source_id', sa.Integer(), nullable=False),
    sa.Column('key', sa.String(length=64), nullable=False),
    sa.Column('kind', sa.String(length=30), nullable=False),
    sa.Column('object_id', sa.String(length=100), nullable=False),
    sa.Column('ticket_id', sa.String(length=100), nullable=True),
    sa.Column('field', sa.String(length=200), nullable=False),
    sa.Column('entity_type', sa.String(length=60), nullable=False),
    sa.Column('start_offset', sa.Integer(), nullable=True),
    sa.Column('end_offset', sa.Integer(), nullable=True),
    sa.Column('page', sa.Integer(), nullable=True),
    sa.Column('bbox', sa.JSON(), nullable=True),
    sa.Column('score', sa.Float(), nullable=False),
    sa.Column('recognizer', sa.String(length=120), nullable=False),
    sa.Column('explanation', sa.JSON(), nullable=False),
    sa.Column('preview', sa.String(length=120), nullable=False),
    sa.Column('fingerprint', sa.String(length=64), nullable=False),
    sa.Column('state', sa.String(length=10), nullable=False),
    sa.Column('detected_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('state_changed_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('last_run_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['last_run_id'], ['scan_runs.id'], name=op.f('fk_findings_last_run_id_scan_runs')),
    sa.ForeignKeyConstraint(['object_pk'], ['objects.id'], name=op.f('fk_findings_object_pk_objects')),
    sa.ForeignKeyConstraint(['source_id'], ['sources.id'], name=op.f('fk_findings_source_id_sources')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_findings')),
    sa.UniqueConstraint('object_pk', 'key', name=op.f('uq_findings_object_pk_key'))
    )
    with op.batch_alter_table('findings', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_findings_entity_type_state'), ['entity_type', 'state'], unique=False)
        batch_op.create_index(batch_op.f('ix_findings_fingerprint'), ['fingerprint'], unique=False)
        batch_op.create_index(batch_op.f('ix_findings_source_id_ticket_id'), ['source_id', 'ticket_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_findings_state_detected_at'), ['state', 'detected_at'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('findings', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_findings_state_detected_at'))
        batch_op.drop_index(batch_op.f('ix_findings_source_id_ticket_id'))
        batch_op.drop_index(batch_op.f('ix_findings_fingerprint'))
        batch_op.drop_index(batch_op.f('ix_findings_entity_type_state'))

    op.drop_table('findings')
    with op.batch_alter_table('scan_errors', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_scan_errors_source_id_kind_object_id'))
        batch_op.drop_index(batch_op.f('ix_scan_errors_run_id'))
        batch_op.drop_index(batch_op.f('ix_scan_errors_resolved_at'))

    op.drop_table('scan_errors')
    with op.batch_alter_table('objects', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_objects_source_id_ticket_id'))
        batch_op.drop_index(batch_op.f('ix_objects_organization_id'))

    op.drop_table('objects')
    with op.batch_alter_table('scan_runs', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_scan_runs_source_id'))

    op.drop_table('scan_runs')
    op.drop_table('checkpoints')
    op.drop_table('sources')
