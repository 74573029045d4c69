import Foundation

/// The dates of the March and September equinoxes in Japan time (春分日, 秋分日).
///
/// The law fixes 春分の日 and 秋分の日 as the days of the equinoxes; the Cabinet publishes them a
/// year ahead from the astronomical computation. This is that computation: Meeus,
/// *Astronomical Algorithms* (2nd ed.) ch. 27 (mean equinox plus the 24 periodic terms, in
/// dynamical time), ΔT from Espenak & Meeus's polynomials, then UTC+9. Over 1955–2099 the
/// closest equinox to a Japanese midnight is 2074's September one, about 3 minutes after it,
/// well outside the method's error of about a minute.
public enum Equinox {
    public enum Season: Sendable { case march, september }

    /// The Japan-time date of the equinox of `season` in `year` (valid 1000–3000; checked 1955–2099).
    public static func date(_ season: Season, year: Int) -> CivilDate {
        let jde = julianEphemerisDay(season, year: year)
        let fractionalYear = Double(year) + (season == .march ? 0.2 : 0.7)
        let jdUT = jde - deltaT(fractionalYear) / 86_400
        let jst = jdUT + 9.0 / 24.0
        return CivilDate(dayNumber: Int((jst - 2_440_587.5).rounded(.down)))
    }

    /// The instant of the equinox as a Julian Ephemeris Day (TT).
    static func julianEphemerisDay(_ season: Season, year: Int) -> Double {
        let y = (Double(year) - 2000) / 1000
        let y2 = y * y, y3 = y2 * y, y4 = y3 * y
        let jde0: Double
        switch season {
        case .march:
            jde0 = 2_451_623.80984 + 365_242.37404 * y + 0.05169 * y2 - 0.00411 * y3 - 0.00057 * y4
        case .september:
            jde0 = 2_451_810.21715 + 365_242.01767 * y - 0.11575 * y2 + 0.00337 * y3 + 0.00078 * y4
        }
        let t = (jde0 - 2_451_545.0) / 36_525
        let w = radians(35_999.373 * t - 2.47)
        let deltaLambda = 1 + 0.0334 * cos(w) + 0.0007 * cos(2 * w)
        var s = 0.0
        for term in periodicTerms {
            s += term.a * cos(radians(term.b + term.c * t))
        }
        return jde0 + 0.00001 * s / deltaLambda
    }

    /// TT − UT in seconds (Espenak & Meeus, NASA 2006), for 1941–2150.
    static func deltaT(_ year: Double) -> Double {
        switch year {
        case ..<1961:
            let t = year - 1950
            return 29.07 + 0.407 * t - t * t / 233 + t * t * t / 2547
        case ..<1986:
            let t = year - 1975
            return 45.45 + 1.067 * t - t * t / 260 - t * t * t / 718
        case ..<2005:
            let t = year - 2000
            let t2 = t * t, t3 = t2 * t
            return 63.86 + 0.3345 * t - 0.060374 * t2 + 0.0017275 * t3 + 0.000651814 * t2 * t2 + 0.00002373599 * t2 * t3
        case ..<2050:
            let t = year - 2000
            return 62.92 + 0.32217 * t + 0.005589 * t * t
        default:
            let u = (year - 1820) / 100
            return -20 + 32 * u * u - 0.5628 * (2150 - year)
        }
    }

    private static func radians(_ degrees: Double) -> Double { degrees * .pi / 180 }

    private struct Term: Sendable { let a: Double, b: Double, c: Double }

    // Meeus, Table 27.C.
    private static let periodicTerms: [Term] = [
        Term(a: 485, b: 324.96, c: 1934.136), Term(a: 203, b: 337.23, c: 32964.467),
        Term(a: 199, b: 342.08, c: 20.186), Term(a: 182, b: 27.85, c: 445267.112),
        Term(a: 156, b: 73.14, c: 45036.886), Term(a: 136, b: 171.52, c: 22518.443),
        Term(a: 77, b: 222.54, c: 65928.934), Term(a: 74, b: 296.72, c: 3034.906),
        Term(a: 70, b: 243.58, c: 9037.513), Term(a: 58, b: 119.81, c: 33718.147),
        Term(a: 52, b: 297.17, c: 150.678), Term(a: 50, b: 21.02, c: 2281.232),
        Term(a: 45, b: 247.54, c: 29929.562), Term(a: 44, b: 325.15, c: 31555.956),
        Term(a: 29, b: 60.93, c: 4443.417), Term(a: 18, b: 155.12, c: 67555.328),
        Term(a: 17, b: 288.79, c: 4562.452), Term(a: 16, b: 198.04, c: 62894.029),
        Term(a: 14, b: 199.76, c: 31436.921), Term(a: 12, b: 95.39, c: 14577.848),
        Term(a: 12, b: 287.11, c: 31931.756), Term(a: 12, b: 320.81, c: 34777.259),
        Term(a: 9, b: 227.73, c: 1222.114), Term(a: 8, b: 15.45, c: 16859.074),
    ]
}
