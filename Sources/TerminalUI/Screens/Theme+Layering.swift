extension Theme {
    /// The style of `role` laid over the style of `base`: the role's colours and attributes where
    /// it has them, the base's elsewhere. Lets a muted or error text sit inside a coloured bar
    /// without punching a hole of default background into it.
    func style(_ role: StyleRole, over base: StyleRole) -> Style {
        let top = style(role)
        let bottom = style(base)
        return Style(
            foreground: top.foreground == .default ? bottom.foreground : top.foreground,
            background: top.background == .default ? bottom.background : top.background,
            attributes: top.attributes.union(bottom.attributes))
    }
}
