#pragma once

#include "Communication.h"

#include <QFrame>
#include <QString>

#include <optional>

class QLabel;

namespace sellercrm {

// A drop zone for one image file (WIZ-6: the mailing image and the uploaded banner creative):
// drag & drop a file or click to choose one. It reads the file's type, size and pixel
// dimensions; the limits themselves are checked by CommunicationValidator.
class ImageDropArea final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImageDropArea)

public:
    ImageDropArea(const QString& objectName, const QString& hint, QWidget* parent = nullptr);

    // Type, bytes and size of an image file; nullopt with `error` when it is no readable image.
    static std::optional<ImageMeta> readImage(const QString& path, QString* error);
    // Takes the file as if it had been dropped.
    void takeFile(const QString& path);
    void showImage(const std::optional<ImageMeta>& image, const QString& fileName);

signals:
    void imageChosen(const sellercrm::ImageMeta& image, const QString& path);
    void imageRejected(const QString& reason);

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;

private:
    QLabel* m_label;
    QString m_hint;
};

} // namespace sellercrm
