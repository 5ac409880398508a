"""One router per resource."""

from pii_scanner.web.routes import (allow_list, attachments, audit, auth, findings, gdpr, queue,
                                    reports, tickets, users)

ROUTERS = (auth.router, queue.router, tickets.router, findings.router, attachments.router,
           audit.router, users.router, reports.router, allow_list.router, gdpr.router)
