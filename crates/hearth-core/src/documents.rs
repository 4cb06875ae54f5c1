//! Documents in a family file: which kinds are accepted, and removing what a
//! photo says about where and when it was taken before it is stored.

/// Largest document accepted, in bytes.
pub const MAX_DOCUMENT_BYTES: usize = 10 * 1024 * 1024;

/// The kinds of document Hearth accepts, recognised by their content, never by
/// the name or type the browser claims.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DocumentKind {
    Pdf,
    Png,
    Jpeg,
    Text,
}

impl DocumentKind {
    pub fn media_type(self) -> &'static str {
        match self {
            Self::Pdf => "application/pdf",
            Self::Png => "image/png",
            Self::Jpeg => "image/jpeg",
            Self::Text => "text/plain; charset=utf-8",
        }
    }
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Pdf => "pdf",
            Self::Png => "png",
            Self::Jpeg => "jpeg",
            Self::Text => "text",
        }
    }
    pub fn parse(text: &str) -> Option<Self> {
        match text {
            "pdf" => Some(Self::Pdf),
            "png" => Some(Self::Png),
            "jpeg" => Some(Self::Jpeg),
            "text" => Some(Self::Text),
            _ => None,
        }
    }

    pub fn sniff(bytes: &[u8]) -> Option<Self> {
        if bytes.starts_with(b"%PDF-") {
            Some(Self::Pdf)
        } else if bytes.starts_with(b"\x89PNG\r\n\x1a\n") {
            Some(Self::Png)
        } else if bytes.starts_with(&[0xFF, 0xD8, 0xFF]) {
            Some(Self::Jpeg)
        } else if std::str::from_utf8(bytes)
            .is_ok_and(|t| !t.is_empty() && t.chars().all(|c| !c.is_control() || matches!(c, '\n' | '\r' | '\t')))
        {
            Some(Self::Text)
        } else {
            None
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum DocumentRejected {
    #[error("the document is empty")]
    Empty,
    #[error("the document is larger than 10 MB")]
    TooLarge,
    #[error("only PDF, PNG, JPEG and plain text documents are accepted")]
    KindNotAccepted,
    #[error("the image is damaged")]
    Damaged,
    #[error("the image has more pixels than a photo or scan would")]
    ImageTooLarge,
    #[error("the PDF could not be read")]
    PdfUnreadable,
    #[error("the PDF is protected with a password")]
    PdfProtected,
}

/// Checks a document and returns its kind and the bytes to store: photos
/// rebuilt from their pixels alone, PDFs without their document information
/// and XMP metadata, so nothing about the camera, the place, the time or the
/// author travels with them.
pub fn accept_document(bytes: &[u8]) -> Result<(DocumentKind, Vec<u8>), DocumentRejected> {
    if bytes.is_empty() {
        return Err(DocumentRejected::Empty);
    }
    if bytes.len() > MAX_DOCUMENT_BYTES {
        return Err(DocumentRejected::TooLarge);
    }
    let kind = DocumentKind::sniff(bytes).ok_or(DocumentRejected::KindNotAccepted)?;
    let cleaned = match kind {
        DocumentKind::Jpeg | DocumentKind::Png => reencode_image(bytes, kind)?,
        DocumentKind::Pdf => clean_pdf(bytes)?,
        DocumentKind::Text => bytes.to_vec(),
    };
    // Re-encoding can make a file larger; what is stored keeps to the limit too.
    if cleaned.len() > MAX_DOCUMENT_BYTES {
        return Err(DocumentRejected::TooLarge);
    }
    Ok((kind, cleaned))
}

/// Largest picture accepted, in pixels along either side: larger is not a
/// photo of a letter but an attempt to exhaust memory while decoding.
const MAX_IMAGE_SIDE: u32 = 16_384;
/// Memory a picture may take while it is decoded.
const MAX_IMAGE_DECODE_BYTES: u64 = 512 * 1024 * 1024;
/// Memory the streams of a PDF may take once decompressed.
const MAX_PDF_DECOMPRESSED_BYTES: usize = 128 * 1024 * 1024;

/// Decodes a photo and encodes its pixels again, turned the way it was meant
/// to be seen. Nothing else survives: no Exif, XMP, IPTC, comments, text
/// chunks, colour profiles, thumbnails or data hidden after the picture's end
/// (phones append a second picture for motion and multi-picture photos).
fn reencode_image(bytes: &[u8], kind: DocumentKind) -> Result<Vec<u8>, DocumentRejected> {
    encode_picture(decode_picture(bytes, kind, true)?, kind)
}

/// The pixels of a picture, turned as its Exif orientation asks when `turn`.
fn decode_picture(bytes: &[u8], kind: DocumentKind, turn: bool) -> Result<image::DynamicImage, DocumentRejected> {
    use image::{ImageDecoder, ImageFormat, ImageReader, Limits};
    let format = if kind == DocumentKind::Png { ImageFormat::Png } else { ImageFormat::Jpeg };
    let mut limits = Limits::default();
    limits.max_image_width = Some(MAX_IMAGE_SIDE);
    limits.max_image_height = Some(MAX_IMAGE_SIDE);
    limits.max_alloc = Some(MAX_IMAGE_DECODE_BYTES);
    let mut reader = ImageReader::with_format(std::io::Cursor::new(bytes), format);
    reader.limits(limits);
    let mut decoder = reader.into_decoder().map_err(image_rejection)?;
    let orientation = decoder.orientation().unwrap_or(image::metadata::Orientation::NoTransforms);
    let mut picture = image::DynamicImage::from_decoder(decoder).map_err(image_rejection)?;
    if turn {
        picture.apply_orientation(orientation);
    }
    Ok(picture)
}

fn encode_picture(picture: image::DynamicImage, kind: DocumentKind) -> Result<Vec<u8>, DocumentRejected> {
    let mut out = std::io::Cursor::new(Vec::new());
    if kind == DocumentKind::Png {
        picture.write_to(&mut out, image::ImageFormat::Png).map_err(|_| DocumentRejected::Damaged)?;
    } else {
        // JPEG has no transparency; a greyscale scan stays greyscale.
        let picture = match picture {
            image::DynamicImage::ImageLuma8(_) => picture,
            other => image::DynamicImage::ImageRgb8(other.to_rgb8()),
        };
        let encoder = image::codecs::jpeg::JpegEncoder::new_with_quality(&mut out, 90);
        picture.write_with_encoder(encoder).map_err(|_| DocumentRejected::Damaged)?;
    }
    Ok(out.into_inner())
}

fn image_rejection(error: image::ImageError) -> DocumentRejected {
    match error {
        image::ImageError::Limits(_) => DocumentRejected::ImageTooLarge,
        _ => DocumentRejected::Damaged,
    }
}

/// Rewrites a PDF without what it says about who made it, where and when:
/// the document information (`/Info`), XMP metadata wherever it is attached,
/// comment authors and dates on annotations, signers' names, places and
/// contact details, and embedded files. Photos inside it are rebuilt from
/// their pixels like uploaded photos. Objects nothing refers to any more are
/// dropped rather than left in the file.
fn clean_pdf(bytes: &[u8]) -> Result<Vec<u8>, DocumentRejected> {
    use lopdf::{Document, LoadOptions, Object};
    let options = LoadOptions::with_max_decompressed_size(MAX_PDF_DECOMPRESSED_BYTES);
    let mut pdf = Document::load_mem_with_options(bytes, options).map_err(|_| DocumentRejected::PdfUnreadable)?;
    if pdf.is_encrypted() {
        return Err(DocumentRejected::PdfProtected);
    }
    pdf.trailer.remove(b"Info");
    for object in pdf.objects.values_mut() {
        if let Object::Stream(stream) = object
            && stream.filters().is_ok_and(|f| f == [b"DCTDecode".as_slice()])
        {
            // A photo inside the PDF: its own Exif (camera, place, time) goes.
            // PDF viewers ignore Exif turns, so the pixels are kept as drawn.
            let picture = decode_picture(&stream.content, DocumentKind::Jpeg, false)
                .map_err(|_| DocumentRejected::PdfUnreadable)?;
            let grey = matches!(picture, image::DynamicImage::ImageLuma8(_));
            let rebuilt = encode_picture(picture, DocumentKind::Jpeg).map_err(|_| DocumentRejected::PdfUnreadable)?;
            stream.set_content(rebuilt);
            stream
                .dict
                .set("ColorSpace", Object::Name(if grey { b"DeviceGray".to_vec() } else { b"DeviceRGB".to_vec() }));
            stream.dict.set("BitsPerComponent", 8);
            stream.dict.remove(b"Decode");
        }
        forget_who_and_where(object);
    }
    pdf.prune_objects();
    let mut out = Vec::new();
    pdf.save_to(&mut out).map_err(|_| DocumentRejected::PdfUnreadable)?;
    Ok(out)
}

/// Takes out, at any depth, the entries that say who made or touched a PDF.
fn forget_who_and_where(object: &mut lopdf::Object) {
    use lopdf::Object;
    let dictionary = match object {
        Object::Dictionary(dictionary) => dictionary,
        Object::Stream(stream) => &mut stream.dict,
        Object::Array(items) => {
            items.iter_mut().for_each(forget_who_and_where);
            return;
        }
        _ => return,
    };
    for key in [&b"Metadata"[..], b"PieceInfo", b"EmbeddedFiles", b"AF"] {
        dictionary.remove(key);
    }
    // Annotations (they have a rectangle): their author, subject and dates.
    if dictionary.has(b"Rect") && dictionary.has(b"Subtype") {
        for key in [&b"T"[..], b"M", b"CreationDate", b"Subj"] {
            dictionary.remove(key);
        }
        if dictionary.get(b"Subtype").and_then(Object::as_name).is_ok_and(|s| s == b"FileAttachment") {
            dictionary.remove(b"FS");
        }
    }
    // Signatures: the signer's name, place, contact and time.
    if dictionary.has_type(b"Sig") || dictionary.has(b"ByteRange") {
        for key in [&b"Name"[..], b"Location", b"ContactInfo", b"M", b"Reason", b"Cert", b"Contents"] {
            dictionary.remove(key);
        }
    }
    for (_, value) in dictionary.iter_mut() {
        forget_who_and_where(value);
    }
}

impl DocumentKind {
    /// The extensions a file of this kind may keep; the first is added when
    /// the name has none of them.
    fn extensions(self) -> &'static [&'static str] {
        match self {
            Self::Pdf => &["pdf"],
            Self::Png => &["png"],
            Self::Jpeg => &["jpg", "jpeg"],
            Self::Text => &["txt"],
        }
    }
}

/// A file name safe to send back in a download header, ending in the
/// extension of what the file really is: text named `image.svg` comes back
/// as `image.txt`, so no program opens it as something it is not.
pub fn safe_file_name(name: &str, kind: DocumentKind) -> String {
    let cleaned: String = name
        .rsplit(['/', '\\'])
        .next()
        .unwrap_or_default()
        .chars()
        .filter(|c| c.is_alphanumeric() || matches!(c, '.' | '-' | '_' | ' '))
        .take(100)
        .collect();
    let cleaned = cleaned.trim().trim_start_matches('.').trim_end_matches('.').to_owned();
    let extensions = kind.extensions();
    let (stem, own) = match cleaned.rsplit_once('.') {
        Some((stem, ext)) if extensions.iter().any(|e| e.eq_ignore_ascii_case(ext)) => (stem.to_owned(), Some(ext)),
        Some((stem, _)) => (stem.to_owned(), None),
        None => (cleaned.clone(), None),
    };
    let stem = if stem.trim().is_empty() { "document".to_owned() } else { stem };
    format!("{stem}.{}", own.unwrap_or(extensions[0]))
}

/// `Content-Disposition` for a download: a plain ASCII name for old
/// browsers and the real name in `filename*` (RFC 6266, RFC 8187).
pub fn attachment_header(safe_name: &str) -> String {
    let ascii: String = safe_name.chars().map(|c| if c.is_ascii() { c } else { '_' }).collect();
    let encoded: String = safe_name
        .bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'.' | b'-' | b'_' => (b as char).to_string(),
            _ => format!("%{b:02X}"),
        })
        .collect();
    format!("attachment; filename=\"{ascii}\"; filename*=UTF-8''{encoded}")
}

#[cfg(test)]
mod tests {
    use super::*;

    use image::{GenericImageView, ImageFormat};

    /// A real picture, wider than tall, so a turn shows in its size.
    fn picture(format: ImageFormat) -> Vec<u8> {
        let pixels = image::RgbImage::from_fn(16, 8, |x, y| image::Rgb([(x * 16) as u8, (y * 32) as u8, 128]));
        let mut out = std::io::Cursor::new(Vec::new());
        assert!(image::DynamicImage::ImageRgb8(pixels).write_to(&mut out, format).is_ok());
        out.into_inner()
    }

    /// An Exif segment that says "turn a quarter clockwise", followed by the
    /// kind of detail a phone writes.
    fn exif_segment(detail: &[u8]) -> Vec<u8> {
        let mut exif = b"Exif\0\0MM\0*\0\0\0\x08\0\x01\x01\x12\0\x03\0\0\0\x01\0\x06\0\0\0\0\0\0".to_vec();
        exif.extend_from_slice(detail);
        let mut segment = vec![0xFF, 0xE1];
        segment.extend_from_slice(&((exif.len() + 2) as u16).to_be_bytes());
        segment.extend(exif);
        segment
    }

    fn with_exif(jpeg: &[u8], detail: &[u8]) -> Vec<u8> {
        let mut out = jpeg[..2].to_vec();
        out.extend(exif_segment(detail));
        out.extend_from_slice(&jpeg[2..]);
        out
    }

    fn crc32(bytes: &[u8]) -> u32 {
        let mut crc = 0xFFFF_FFFFu32;
        for &byte in bytes {
            crc ^= u32::from(byte);
            for _ in 0..8 {
                crc = if crc & 1 == 1 { (crc >> 1) ^ 0xEDB8_8320 } else { crc >> 1 };
            }
        }
        !crc
    }

    fn png_chunk(kind: &[u8], data: &[u8]) -> Vec<u8> {
        let mut chunk = (data.len() as u32).to_be_bytes().to_vec();
        chunk.extend_from_slice(kind);
        chunk.extend_from_slice(data);
        chunk.extend_from_slice(&crc32(&chunk[4..]).to_be_bytes());
        chunk
    }

    fn contains(haystack: &[u8], needle: &[u8]) -> bool {
        haystack.windows(needle.len()).any(|w| w == needle)
    }

    #[test]
    fn a_photo_keeps_its_pixels_and_turn_and_loses_everything_else() -> Result<(), DocumentRejected> {
        // A motion or multi-picture photo: a second picture, with its own
        // position and camera, follows the first picture's end.
        let mut upload = with_exif(&picture(ImageFormat::Jpeg), b"Canon EOS GPS 52.37N 4.89E");
        upload.extend(with_exif(&picture(ImageFormat::Jpeg), b"Pixel 8 GPS 51.92N 4.47E Amina"));
        let (kind, cleaned) = accept_document(&upload)?;
        assert_eq!(kind, DocumentKind::Jpeg);
        for told in [&b"GPS"[..], b"Canon", b"Pixel", b"Amina", b"Exif"] {
            assert!(!contains(&cleaned, told), "{} survived", String::from_utf8_lossy(told));
        }
        let shown =
            image::load_from_memory_with_format(&cleaned, ImageFormat::Jpeg).map_err(|_| DocumentRejected::Damaged)?;
        assert_eq!(shown.dimensions(), (8, 16), "the quarter turn the camera asked for is applied to the pixels");
        assert!(cleaned.ends_with(&[0xFF, 0xD9]), "nothing follows the picture's end");
        Ok(())
    }

    #[test]
    fn a_png_loses_text_private_chunks_and_trailing_data() -> Result<(), DocumentRejected> {
        let original = picture(ImageFormat::Png);
        let iend = original.len() - 12;
        let mut png = original[..33].to_vec(); // signature and IHDR
        png.extend(png_chunk(b"tEXt", b"Author\0Amina at home"));
        png.extend(png_chunk(b"eXIf", b"GPS"));
        png.extend(png_chunk(b"prVt", b"camera serial 0042"));
        png.extend_from_slice(&original[33..iend]);
        png.extend_from_slice(&original[iend..]);
        png.extend_from_slice(b"hidden after the end");
        let (kind, cleaned) = accept_document(&png)?;
        assert_eq!(kind, DocumentKind::Png);
        for told in [&b"Amina"[..], b"GPS", b"prVt", b"serial", b"hidden"] {
            assert!(!contains(&cleaned, told), "{} survived", String::from_utf8_lossy(told));
        }
        let shown =
            image::load_from_memory_with_format(&cleaned, ImageFormat::Png).map_err(|_| DocumentRejected::Damaged)?;
        assert_eq!(shown.dimensions(), (16, 8));
        Ok(())
    }

    #[test]
    fn a_picture_larger_than_any_photo_is_refused_before_it_is_decoded() {
        let mut png = b"\x89PNG\r\n\x1a\n".to_vec();
        let mut header = 60_000u32.to_be_bytes().to_vec();
        header.extend(60_000u32.to_be_bytes());
        header.extend([8, 2, 0, 0, 0]);
        png.extend(png_chunk(b"IHDR", &header));
        png.extend(png_chunk(b"IEND", &[]));
        assert_eq!(accept_document(&png).err(), Some(DocumentRejected::ImageTooLarge));
    }

    fn pdf_with_metadata() -> Vec<u8> {
        use lopdf::{Document, Object, Stream, dictionary};
        let mut pdf = Document::with_version("1.5");
        let pages_id = pdf.new_object_id();
        let content =
            pdf.add_object(Stream::new(dictionary! {}, b"BT /F1 12 Tf 72 712 Td (School letter) Tj ET".to_vec()));
        let xmp = pdf.add_object(Stream::new(
            dictionary! { "Type" => "Metadata", "Subtype" => "XML" },
            b"<x:xmpmeta><dc:creator>Amina Haddad</dc:creator><xmp:CreatorTool>Scanner 3000</xmp:CreatorTool></x:xmpmeta>".to_vec(),
        ));
        // A photo on the page, still carrying its camera's Exif.
        let photo = pdf.add_object(Stream::new(
            dictionary! {
                "Type" => "XObject", "Subtype" => "Image", "Width" => 16, "Height" => 8,
                "ColorSpace" => "DeviceRGB", "BitsPerComponent" => 8, "Filter" => "DCTDecode",
            },
            with_exif(&picture(ImageFormat::Jpeg), b"Pixel 8 GPS 51.92N 4.47E"),
        ));
        // A comment by someone, and a file attached to the page.
        let attached = pdf.add_object(Stream::new(dictionary! { "Type" => "EmbeddedFile" }, b"Amina's diary".to_vec()));
        let comment = pdf.add_object(dictionary! {
            "Type" => "Annot", "Subtype" => "Text", "Rect" => vec![0.into(), 0.into(), 10.into(), 10.into()],
            "T" => Object::string_literal("Amina Haddad"), "M" => Object::string_literal("D:20261101093000"),
            "Contents" => Object::string_literal("see page 2"),
        });
        let attachment = pdf.add_object(dictionary! {
            "Type" => "Annot", "Subtype" => "FileAttachment", "Rect" => vec![0.into(), 0.into(), 10.into(), 10.into()],
            "FS" => dictionary! { "Type" => "Filespec", "F" => Object::string_literal("diary.txt"), "EF" => dictionary! { "F" => attached } },
        });
        let page = pdf.add_object(dictionary! {
            "Type" => "Page", "Parent" => pages_id, "Contents" => content, "Metadata" => xmp,
            "MediaBox" => vec![0.into(), 0.into(), 595.into(), 842.into()],
            "Resources" => dictionary! { "XObject" => dictionary! { "Im1" => photo } },
            "Annots" => vec![comment.into(), attachment.into()],
        });
        pdf.objects.insert(
            pages_id,
            Object::Dictionary(dictionary! { "Type" => "Pages", "Kids" => vec![page.into()], "Count" => 1 }),
        );
        let catalog = pdf.add_object(dictionary! { "Type" => "Catalog", "Pages" => pages_id, "Metadata" => xmp });
        let info = pdf.add_object(dictionary! {
            "Author" => Object::string_literal("Amina Haddad"),
            "Producer" => Object::string_literal("Scanner 3000"),
            "CreationDate" => Object::string_literal("D:20261101093000+01'00'"),
        });
        pdf.trailer.set("Root", catalog);
        pdf.trailer.set("Info", info);
        let mut out = Vec::new();
        assert!(pdf.save_to(&mut out).is_ok());
        out
    }

    #[test]
    fn a_pdf_loses_its_author_and_xmp_and_keeps_its_pages() -> Result<(), DocumentRejected> {
        let upload = pdf_with_metadata();
        assert!(contains(&upload, b"Amina Haddad"));
        let (kind, cleaned) = accept_document(&upload)?;
        assert_eq!(kind, DocumentKind::Pdf);
        for told in [&b"Amina"[..], b"Scanner 3000", b"D:2026", b"xmpmeta", b"GPS", b"Pixel", b"diary"] {
            assert!(!contains(&cleaned, told), "{} survived", String::from_utf8_lossy(told));
        }
        let read = lopdf::Document::load_mem(&cleaned).map_err(|_| DocumentRejected::PdfUnreadable)?;
        assert!(read.trailer.get(b"Info").is_err());
        assert_eq!(read.get_pages().len(), 1);
        assert!(contains(&cleaned, b"School letter"), "the page's text is kept");
        assert!(contains(&cleaned, b"see page 2"), "a comment's words are kept, not who wrote it");
        let photo = read
            .objects
            .values()
            .find_map(|o| o.as_stream().ok().filter(|s| s.dict.has(b"Width")))
            .ok_or(DocumentRejected::PdfUnreadable)?;
        let shown = image::load_from_memory_with_format(&photo.content, ImageFormat::Jpeg)
            .map_err(|_| DocumentRejected::Damaged)?;
        assert_eq!(shown.dimensions(), (16, 8), "the photo is kept as drawn");
        Ok(())
    }

    #[test]
    fn only_accepted_kinds_within_the_limit() {
        assert_eq!(accept_document(b"").err(), Some(DocumentRejected::Empty));
        assert_eq!(accept_document(b"MZ\x90\0\x03").err(), Some(DocumentRejected::KindNotAccepted));
        assert_eq!(accept_document(b"PK\x03\x04zip").err(), Some(DocumentRejected::KindNotAccepted));
        assert_eq!(accept_document(&vec![b'a'; MAX_DOCUMENT_BYTES + 1]).err(), Some(DocumentRejected::TooLarge));
        assert_eq!(accept_document(b"%PDF-1.7 ...").err(), Some(DocumentRejected::PdfUnreadable));
        assert_eq!(accept_document("Brief van school".as_bytes()).map(|(k, _)| k), Ok(DocumentKind::Text));
        assert_eq!(accept_document(&[0xFF, 0xD8, 0xFF, 0x00]).err(), Some(DocumentRejected::Damaged));
    }

    #[test]
    fn file_names_are_made_safe() {
        assert_eq!(safe_file_name("../../etc/passwd", DocumentKind::Text), "passwd.txt");
        assert_eq!(safe_file_name("C:\\Users\\a\\school letter.pdf", DocumentKind::Pdf), "school letter.pdf");
        assert_eq!(safe_file_name("\"; evil=1.pdf", DocumentKind::Pdf), "evil1.pdf");
        assert_eq!(safe_file_name("...", DocumentKind::Jpeg), "document.jpg");
        assert_eq!(safe_file_name("image.svg", DocumentKind::Text), "image.txt");
        assert_eq!(safe_file_name("photo.JPEG", DocumentKind::Jpeg), "photo.JPEG");
        assert_eq!(safe_file_name("scan.pdf", DocumentKind::Png), "scan.png");
        assert_eq!(safe_file_name("رسالة المدرسة.pdf", DocumentKind::Pdf), "رسالة المدرسة.pdf");
    }

    #[test]
    fn downloads_name_the_file_for_every_browser() {
        assert_eq!(attachment_header("letter.pdf"), "attachment; filename=\"letter.pdf\"; filename*=UTF-8''letter.pdf");
        assert_eq!(
            attachment_header("brief é.txt"),
            "attachment; filename=\"brief _.txt\"; filename*=UTF-8''brief%20%C3%A9.txt"
        );
    }
}
