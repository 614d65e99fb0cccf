/// One unnamed person who goes on speaking: "A spokesman for the department says the fence
/// was repaired. He says no one escaped. The spokesman says …". Broadcast copy gives an
/// unnamed spokesman, official or lawyer several sentences in a row; a reader keeps them as
/// the speaker of the "he" or "she" that opens the next sentence, and of "the spokesman"
/// later on, where the pronoun rules alone would reach back to whoever was named before
/// (often the very person the spokesman speaks for).
enum CarriedSpeaker {
    /// Singular nouns for one unnamed person whose words a story goes on to report, with the
    /// pronoun each takes when the noun says (nil: either).
    static let personNouns: [String: String?] = [
        "spokesman": "he", "spokeswoman": "she", "spokesperson": nil, "official": nil, "lawyer": nil, "attorney": nil,
        "representative": nil, "aide": nil, "adviser": nil, "advisor": nil, "publicist": nil, "officer": nil,
        "witness": nil, "doctor": nil, "resident": nil, "source": nil, "man": "he", "woman": "she",
    ]

    /// `claims` with the speakers carried over, given the type of each local actor.
    static func carry(_ claims: [ClaimFinder.Found], body: [Token], types: [ActorType]) -> [ClaimFinder.Found] {
        var claims = claims
        // The noun each unnamed speaker was introduced by, once it has spoken.
        var nounOf: [String: String] = [:]
        for index in claims.indices where !claims[index].inTitle {
            let claim = claims[index]
            if let speaker = claim.speaker, let local = Int(speaker), types.indices.contains(local), types[local] == .anonymous,
               let noun = personNoun(in: claim.speakerText) {
                if nounOf[speaker] == nil { nounOf[speaker] = noun }
            }
            guard let text = claim.speakerText?.lowercased(), let attribution = claim.attribution,
                  attribution.lowerBound < body.count else { continue }
            let subject = body[attribution.lowerBound]
            if ["he", "she"].contains(text), subject.startsSentence, index > 0, !claims[index - 1].inTitle,
               let previous = claims[index - 1].speaker, let noun = nounOf[previous], personNouns[noun].map({ $0 == nil || $0 == text }) ?? false,
               body.indices.contains(claims[index - 1].cueToken),
               (0...1).contains(subject.sentence - body[claims[index - 1].cueToken].sentence),
               !mentionsPronoun(text, in: claims[index - 1].content, body: body) {
                // "He says …" right after the spokesman spoke, and nobody else is "he" in between.
                claims[index].speaker = previous
            } else if text.hasPrefix("the "), case let noun = String(text.dropFirst(4)), personNouns[noun] != nil,
                      let earlier = claims[..<index].last(where: { $0.speaker.flatMap { nounOf[$0] } == noun })?.speaker {
                // "The spokesman says …": the spokesman who spoke before.
                claims[index].speaker = earlier
            }
        }
        return claims
    }

    /// The noun for one unnamed person that heads a description: "spokesman" in "a spokesman
    /// for the department", "The spokesman", "a police officer".
    private static func personNoun(in description: String?) -> String? {
        guard let description else { return nil }
        let words = description.lowercased().split(separator: " ").map(String.init)
        let head = words.prefix { !["for", "of", "from", "at", "in", "with", "by", "to"].contains($0) }
        return head.last.flatMap { personNouns[$0] != nil ? $0 : nil }
    }

    /// Whether what the previous claim said holds the same pronoun: then "he" may be the man
    /// it spoke of ("said he would appeal. He said …").
    private static func mentionsPronoun(_ pronoun: String, in content: Range<Int>, body: [Token]) -> Bool {
        let forms: Set<String> = pronoun == "he" ? ["he", "him", "his"] : ["she", "her", "hers"]
        return content.contains { body.indices.contains($0) && forms.contains(body[$0].lowercased) }
    }
}
