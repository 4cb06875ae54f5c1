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
}

/// Checks a document and returns its kind and the bytes to store, with image
/// metadata (camera, place, time, comments) removed.
pub fn accept_document(bytes: &[u8]) -> Result<(DocumentKind, Vec<u8>), DocumentRejected> {
    if bytes.is_empty() {
        return Err(DocumentRejected::Empty);
    }
    if bytes.len() > MAX_DOCUMENT_BYTES {
        return Err(DocumentRejected::TooLarge);
    }
    let kind = DocumentKind::sniff(bytes).ok_or(DocumentRejected::KindNotAccepted)?;
    let cleaned = match kind {
        DocumentKind::Jpeg => strip_jpeg(bytes)?,
        DocumentKind::Png => strip_png(bytes)?,
        DocumentKind::Pdf | DocumentKind::Text => bytes.to_vec(),
    };
    Ok((kind, cleaned))
}

/// Drops APP1 (Exif, XMP), APP13 (IPTC) and comment segments; keeps what is
/// needed to show the picture. After the start of scan the rest is copied as is.
fn strip_jpeg(bytes: &[u8]) -> Result<Vec<u8>, DocumentRejected> {
    let mut out = vec![0xFF, 0xD8];
    let mut i = 2;
    while i + 4 <= bytes.len() {
        if bytes[i] != 0xFF {
            return Err(DocumentRejected::Damaged);
        }
        let marker = bytes[i + 1];
        if marker == 0xD9 {
            out.extend_from_slice(&bytes[i..i + 2]);
            return Ok(out);
        }
        let length = usize::from(u16::from_be_bytes([bytes[i + 2], bytes[i + 3]]));
        let end = i + 2 + length;
        if length < 2 || end > bytes.len() {
            return Err(DocumentRejected::Damaged);
        }
        let drop = matches!(marker, 0xE1 | 0xED | 0xFE);
        if !drop {
            out.extend_from_slice(&bytes[i..end]);
        }
        if marker == 0xDA {
            // Start of scan: the compressed picture follows to the end.
            out.extend_from_slice(&bytes[end..]);
            return Ok(out);
        }
        i = end;
    }
    Err(DocumentRejected::Damaged)
}

/// Drops text, time and Exif chunks; keeps the chunks that draw the picture.
fn strip_png(bytes: &[u8]) -> Result<Vec<u8>, DocumentRejected> {
    let mut out = bytes[..8].to_vec();
    let mut i = 8;
    while i + 12 <= bytes.len() {
        let length = u32::from_be_bytes([bytes[i], bytes[i + 1], bytes[i + 2], bytes[i + 3]]) as usize;
        let end = i.checked_add(12 + length).ok_or(DocumentRejected::Damaged)?;
        if end > bytes.len() {
            return Err(DocumentRejected::Damaged);
        }
        let kind = &bytes[i + 4..i + 8];
        if !matches!(kind, b"tEXt" | b"zTXt" | b"iTXt" | b"eXIf" | b"tIME") {
            out.extend_from_slice(&bytes[i..end]);
        }
        if kind == b"IEND" {
            return Ok(out);
        }
        i = end;
    }
    Err(DocumentRejected::Damaged)
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

    fn jpeg_with_exif() -> Vec<u8> {
        let mut j = vec![0xFF, 0xD8];
        j.extend_from_slice(&[0xFF, 0xE0, 0x00, 0x06, b'J', b'F', b'I', b'F']); // APP0 kept
        let exif = b"Exif\0\0GPS 52.37N 4.89E Canon";
        j.extend_from_slice(&[0xFF, 0xE1, 0x00, (exif.len() + 2) as u8]);
        j.extend_from_slice(exif);
        j.extend_from_slice(&[0xFF, 0xFE, 0x00, 0x07, b'h', b'e', b'l', b'l', b'o']); // comment
        j.extend_from_slice(&[0xFF, 0xDA, 0x00, 0x04, 0x01, 0x02, 0xAA, 0xBB, 0xFF, 0xD9]);
        j
    }

    fn png_chunk(kind: &[u8], data: &[u8]) -> Vec<u8> {
        let mut c = (data.len() as u32).to_be_bytes().to_vec();
        c.extend_from_slice(kind);
        c.extend_from_slice(data);
        c.extend_from_slice(&[0, 0, 0, 0]);
        c
    }

    #[test]
    fn jpeg_metadata_is_removed_and_the_picture_kept() -> Result<(), DocumentRejected> {
        let (kind, cleaned) = accept_document(&jpeg_with_exif())?;
        assert_eq!(kind, DocumentKind::Jpeg);
        let text = String::from_utf8_lossy(&cleaned);
        assert!(!text.contains("GPS") && !text.contains("Canon") && !text.contains("hello"));
        assert!(text.contains("JFIF"));
        assert!(cleaned.ends_with(&[0xAA, 0xBB, 0xFF, 0xD9]));
        Ok(())
    }

    #[test]
    fn png_text_chunks_are_removed() -> Result<(), DocumentRejected> {
        let mut png = b"\x89PNG\r\n\x1a\n".to_vec();
        png.extend(png_chunk(b"IHDR", &[0; 13]));
        png.extend(png_chunk(b"tEXt", b"Author\0Amina at home"));
        png.extend(png_chunk(b"eXIf", b"GPS"));
        png.extend(png_chunk(b"IDAT", &[1, 2, 3]));
        png.extend(png_chunk(b"IEND", &[]));
        let (kind, cleaned) = accept_document(&png)?;
        assert_eq!(kind, DocumentKind::Png);
        let text = String::from_utf8_lossy(&cleaned);
        assert!(!text.contains("Amina") && !text.contains("GPS"));
        assert!(text.contains("IHDR") && text.contains("IDAT") && text.contains("IEND"));
        Ok(())
    }

    #[test]
    fn only_accepted_kinds_within_the_limit() {
        assert_eq!(accept_document(b"").err(), Some(DocumentRejected::Empty));
        assert_eq!(accept_document(b"MZ\x90\0\x03").err(), Some(DocumentRejected::KindNotAccepted));
        assert_eq!(accept_document(b"PK\x03\x04zip").err(), Some(DocumentRejected::KindNotAccepted));
        assert_eq!(accept_document(&vec![b'a'; MAX_DOCUMENT_BYTES + 1]).err(), Some(DocumentRejected::TooLarge));
        assert_eq!(accept_document(b"%PDF-1.7 ...").map(|(k, _)| k), Ok(DocumentKind::Pdf));
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
