#include "wizard/ImageDropArea.h"

#include "components/Dialogs.h"

#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileInfo>
#include <QImageReader>
#include <QLabel>
#include <QLocale>
#include <QMimeData>
#include <QMouseEvent>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace sellercrm {

ImageDropArea::ImageDropArea(const QString& objectName, const QString& hint, QWidget* parent)
    : QFrame(parent)
    , m_label(new QLabel(hint))
    , m_hint(hint)
{
    setObjectName(objectName);
    setAcceptDrops(true);
    setFrameShape(QFrame::StyledPanel);
    setCursor(Qt::PointingHandCursor);
    setMinimumHeight(72);
    m_label->setObjectName(objectName + u"Label"_s);
    m_label->setWordWrap(true);
    m_label->setAlignment(Qt::AlignCenter);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_label);
}

std::optional<ImageMeta> ImageDropArea::readImage(const QString& path, QString* error)
{
    QImageReader reader(path);
    reader.setDecideFormatFromContent(true);
    const QByteArray format = reader.format().toLower();
    const QSize size = reader.size();
    if (format.isEmpty() || !size.isValid()) {
        *error = tr("“%1” is not an image that can be read.").arg(QFileInfo(path).fileName());
        return std::nullopt;
    }
    ImageMeta meta;
    meta.mimeType = format == "png" ? u"image/png"_s
                  : (format == "jpeg" || format == "jpg") ? u"image/jpeg"_s
                                                           : u"image/"_s + QString::fromLatin1(format);
    meta.bytes = QFileInfo(path).size();
    meta.width = size.width();
    meta.height = size.height();
    return meta;
}

void ImageDropArea::takeFile(const QString& path)
{
    QString error;
    const std::optional<ImageMeta> image = readImage(path, &error);
    if (!image) {
        emit imageRejected(error);
        return;
    }
    emit imageChosen(*image, path);
}

void ImageDropArea::showImage(const std::optional<ImageMeta>& image, const QString& fileName)
{
    if (!image) {
        m_label->setText(m_hint);
        return;
    }
    m_label->setText(tr("%1 · %2×%3 px · %4 KB")
                         .arg(fileName.isEmpty() ? image->mimeType : fileName)
                         .arg(image->width)
                         .arg(image->height)
                         .arg(QLocale().toString((image->bytes + 1023) / 1024)));
}

void ImageDropArea::dragEnterEvent(QDragEnterEvent* event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void ImageDropArea::dropEvent(QDropEvent* event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.isEmpty() || !urls.first().isLocalFile())
        return;
    event->acceptProposedAction();
    takeFile(urls.first().toLocalFile());
}

void ImageDropArea::mouseReleaseEvent(QMouseEvent* event)
{
    QFrame::mouseReleaseEvent(event);
    if (event->button() != Qt::LeftButton)
        return;
    const QString path = Dialogs::openFile(this, tr("Choose an image"), tr("Images (*.png *.jpg *.jpeg)"));
    if (!path.isEmpty())
        takeFile(path);
}

} // namespace sellercrm
