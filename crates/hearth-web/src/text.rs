//! Text a person wrote, made ready to show: web addresses in it become links
//! (a call link typed into an agreement or a session's place is followed
//! with one tap, not copied by hand).

/// A run of text, or an address to link.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Part {
    Text(String),
    Link(String),
}

/// Cuts `text` into plain runs and `https://` / `http://` addresses. An
/// address ends at whitespace; punctuation closing a sentence stays outside it.
pub fn linked(text: &str) -> Vec<Part> {
    let mut parts = Vec::new();
    let mut rest = text;
    while let Some(start) = find_address(rest) {
        let tail = &rest[start..];
        let end = tail.find(char::is_whitespace).unwrap_or(tail.len());
        let address = tail[..end].trim_end_matches(['.', ',', ';', ':', '!', '?', ')', '»', '"', '\'', '،', '؛']);
        if start > 0 {
            parts.push(Part::Text(rest[..start].to_owned()));
        }
        parts.push(Part::Link(address.to_owned()));
        rest = &tail[address.len()..];
    }
    if !rest.is_empty() {
        parts.push(Part::Text(rest.to_owned()));
    }
    parts
}

fn find_address(text: &str) -> Option<usize> {
    ["https://", "http://"]
        .iter()
        .filter_map(|scheme| text.find(scheme).filter(|at| text.len() > at + scheme.len()))
        .min()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn addresses_become_links_and_sentences_keep_their_stops() {
        assert_eq!(
            linked("Rejoin at https://meet.example.org/abc. Or call us."),
            vec![
                Part::Text("Rejoin at ".into()),
                Part::Link("https://meet.example.org/abc".into()),
                Part::Text(". Or call us.".into()),
            ]
        );
        assert_eq!(linked("no address here"), vec![Part::Text("no address here".into())]);
        assert_eq!(linked("https://"), vec![Part::Text("https://".into())], "a scheme alone is not a link");
        assert_eq!(
            linked("انضم عبر https://meet.example.org/x، شكرًا"),
            vec![
                Part::Text("انضم عبر ".into()),
                Part::Link("https://meet.example.org/x".into()),
                Part::Text("، شكرًا".into()),
            ]
        );
        assert_eq!(linked("javascript:alert(1)"), vec![Part::Text("javascript:alert(1)".into())]);
    }
}
