// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/api/ApiError.h"
#include "models/domain/Resource.h"

#include <QHash>
#include <QObject>
#include <QStringList>

namespace wpc {

class ProviderResourcesApi;

// The same few fields of many resources, each read on its own (GET <uuid>/?field=…), a few at a time as a
// bulk run sends: for a bulk dialog that needs every target's current values before it can say what it
// would send (set limits and merged metadata replace a whole object). The first failure ends it
// (failed()); answers that come after it, or after the reader is gone, are dropped.
class TargetReader : public QObject
{
    Q_OBJECT

public:
    TargetReader(ProviderResourcesApi *api, QStringList uuids, QStringList fields, QObject *parent = nullptr);
    ~TargetReader() override;

    void start();
    int total() const
    {
        return int(m_uuids.size());
    }
    bool isDone() const
    {
        return m_read.size() == m_uuids.size();
    }
    // uuid → the resource with the fields read (Resource::raw holds them as the server sent them).
    const QHash<QString, Resource> &resources() const
    {
        return m_read;
    }

Q_SIGNALS:
    void progressed(int read, int total);
    void finished();
    void failed(const wpc::ApiError &error);

private:
    void readMore();

    ProviderResourcesApi *m_api;
    QStringList m_uuids;
    QStringList m_fields;
    QHash<QString, Resource> m_read;
    int m_next = 0;
    int m_inFlight = 0;
    bool m_failed = false;
};

} // namespace wpc
